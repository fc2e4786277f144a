//! The database schema, written by hand for both backends: only portable
//! types (`BigInt` ids, `Integer`, `Text`, `Double`, `Date`, `Timestamp`).
//! Keep in step with `migrations/sqlite` and `migrations/postgres`.

diesel::table! {
    cities (id) {
        id -> BigInt,
        slug -> Text,
        name -> Text,
        language -> Text,
        regulation_title -> Text,
        regulation_act -> Text,
        review_days -> Integer,
        publication_days -> Integer,
        complex_multiplier -> Integer,
        expiry_notice_days -> Text,
        created_at -> Timestamp,
        require_second_factor -> Bool,
        signing_order -> Text,
        signing_link_days -> Integer,
        reminder_days -> Integer,
        reminder_cap -> Integer,
        tacit_renewal -> Bool,
        objection_days -> Integer,
    }
}

diesel::table! {
    districts (id) {
        id -> BigInt,
        city_id -> BigInt,
        slug -> Text,
        name -> Text,
        boundary -> Nullable<Text>,
    }
}

diesel::table! {
    commons (id) {
        id -> BigInt,
        city_id -> BigInt,
        district_id -> Nullable<BigInt>,
        slug -> Text,
        name -> Text,
        kind -> Text,
        category -> Text,
        address -> Text,
        latitude -> Nullable<Double>,
        longitude -> Nullable<Double>,
        description -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    parties (id) {
        id -> BigInt,
        city_id -> BigInt,
        kind -> Text,
        name -> Text,
        public_name -> Nullable<Text>,
        referent_name -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    pacts (id) {
        id -> BigInt,
        city_id -> BigInt,
        commons_id -> BigInt,
        renews_pact_id -> Nullable<BigInt>,
        number -> Text,
        year -> Nullable<Integer>,
        sequence -> Nullable<Integer>,
        title -> Text,
        summary -> Text,
        kind -> Text,
        intensity -> Text,
        status -> Text,
        duration_months -> Nullable<Integer>,
        submitted_on -> Nullable<Date>,
        review_paused_days -> Integer,
        review_paused_since -> Nullable<Date>,
        comments_close_on -> Nullable<Date>,
        executive_decision -> Nullable<Text>,
        start_date -> Nullable<Date>,
        end_date -> Nullable<Date>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        assigned_to -> Nullable<BigInt>,
        template_version_id -> Nullable<BigInt>,
        agreed_start_on -> Nullable<Date>,
        suspended_until -> Nullable<Date>,
        report_frequency -> Text,
        term -> Integer,
        renewal_objection -> Nullable<Text>,
        version_in_force -> Nullable<Integer>,
        generation -> BigInt,
    }
}

diesel::table! {
    registry_generation (id) {
        id -> BigInt,
        value -> BigInt,
    }
}

diesel::table! {
    pact_parties (id) {
        id -> BigInt,
        pact_id -> BigInt,
        party_id -> BigInt,
        role -> Text,
        position -> Integer,
    }
}

diesel::table! {
    pact_versions (id) {
        id -> BigInt,
        pact_id -> BigInt,
        number -> Integer,
        content -> Text,
        sha256 -> Text,
        author -> Text,
        note -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    events (id) {
        id -> BigInt,
        pact_id -> BigInt,
        occurred_at -> Timestamp,
        actor_role -> Text,
        actor_name -> Text,
        kind -> Text,
        status_before -> Nullable<Text>,
        status_after -> Nullable<Text>,
        details -> Text,
    }
}

diesel::joinable!(districts -> cities (city_id));
diesel::joinable!(commons -> districts (district_id));
diesel::joinable!(pacts -> commons (commons_id));
diesel::joinable!(pact_parties -> pacts (pact_id));
diesel::joinable!(pact_parties -> parties (party_id));
diesel::joinable!(pact_versions -> pacts (pact_id));
diesel::joinable!(events -> pacts (pact_id));

diesel::table! {
    users (id) {
        id -> BigInt,
        email -> Text,
        display_name -> Text,
        public_name -> Nullable<Text>,
        language -> Text,
        password_hash -> Nullable<Text>,
        email_verified_at -> Nullable<Timestamp>,
        city_id -> Nullable<BigInt>,
        role -> Text,
        can_sign -> Bool,
        totp_secret -> Nullable<Text>,
        totp_enabled_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        closed_at -> Nullable<Timestamp>,
        totp_last_step -> Nullable<BigInt>,
    }
}

diesel::table! {
    memberships (id) {
        id -> BigInt,
        user_id -> BigInt,
        party_id -> BigInt,
        is_representative -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    sessions (id) {
        id -> Text,
        user_id -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        last_seen_at -> Timestamp,
        second_factor_done -> Bool,
    }
}

diesel::table! {
    tokens (id) {
        id -> BigInt,
        token_hash -> Text,
        purpose -> Text,
        user_id -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    outbox (id) {
        id -> BigInt,
        recipient -> Text,
        recipient_name -> Text,
        subject -> Text,
        text_body -> Text,
        html_body -> Text,
        created_at -> Timestamp,
        next_attempt_at -> Timestamp,
        attempts -> Integer,
        locked_until -> Nullable<Timestamp>,
        sent_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
    }
}

diesel::table! {
    auth_attempts (id) {
        id -> BigInt,
        scope -> Text,
        attempted_at -> Timestamp,
    }
}

diesel::table! {
    recovery_codes (id) {
        id -> BigInt,
        user_id -> BigInt,
        code_hash -> Text,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    staff_districts (id) {
        id -> BigInt,
        user_id -> BigInt,
        district_id -> BigInt,
    }
}

diesel::table! {
    proposals (id) {
        id -> BigInt,
        user_id -> BigInt,
        city_id -> BigInt,
        party_id -> Nullable<BigInt>,
        commons_id -> Nullable<BigInt>,
        new_commons_name -> Text,
        new_commons_address -> Text,
        new_commons_category -> Text,
        title -> Text,
        summary -> Text,
        objectives -> Text,
        activities -> Text,
        duration_months -> Text,
        contributions -> Text,
        support -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        pact_id -> Nullable<BigInt>,
        co_proponents -> Text,
        call_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    comments (id) {
        id -> BigInt,
        pact_id -> BigInt,
        user_id -> BigInt,
        kind -> Text,
        body -> Text,
        author_name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    templates (id) {
        id -> BigInt,
        city_id -> BigInt,
        name -> Text,
        kind -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    template_versions (id) {
        id -> BigInt,
        template_id -> BigInt,
        number -> Integer,
        articles -> Text,
        author -> Text,
        note -> Text,
        created_at -> Timestamp,
        report_frequency -> Nullable<Text>,
    }
}

diesel::table! {
    version_comments (id) {
        id -> BigInt,
        pact_id -> BigInt,
        version_number -> Integer,
        article -> Nullable<Integer>,
        user_id -> BigInt,
        author_name -> Text,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    attachments (id) {
        id -> BigInt,
        context -> Text,
        proposal_id -> Nullable<BigInt>,
        comment_id -> Nullable<BigInt>,
        user_id -> BigInt,
        filename -> Text,
        content_type -> Text,
        size -> BigInt,
        sha256 -> Text,
        data -> Binary,
        created_at -> Timestamp,
    }
}

diesel::table! {
    invitations (id) {
        id -> BigInt,
        pact_id -> BigInt,
        email -> Text,
        token_hash -> Text,
        invited_by -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        answered_at -> Nullable<Timestamp>,
        accepted -> Nullable<Bool>,
        user_id -> Nullable<BigInt>,
        comment_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    follows (user_id, pact_id) {
        user_id -> BigInt,
        pact_id -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    digests (user_id) {
        user_id -> BigInt,
        made_on -> Date,
        covered_until -> Timestamp,
    }
}

diesel::table! {
    calls (id) {
        id -> BigInt,
        city_id -> BigInt,
        commons_id -> BigInt,
        title -> Text,
        description -> Text,
        opens_on -> Date,
        closes_on -> Date,
        created_by -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    signing_requests (id) {
        id -> BigInt,
        pact_id -> BigInt,
        version_number -> Integer,
        version_sha256 -> Text,
        step -> Integer,
        position -> Integer,
        user_id -> BigInt,
        party_id -> BigInt,
        for_city -> Bool,
        capacity -> Text,
        state -> Text,
        token_hash -> Nullable<Text>,
        token_expires_at -> Nullable<Timestamp>,
        last_sent_at -> Nullable<Timestamp>,
        reminders_sent -> Integer,
        code_hash -> Nullable<Text>,
        code_expires_at -> Nullable<Timestamp>,
        code_attempts -> Integer,
        signed_name -> Nullable<Text>,
        answered_at -> Nullable<Timestamp>,
        ip -> Nullable<Text>,
        user_agent -> Nullable<Text>,
        method -> Nullable<Text>,
        decline_reason -> Nullable<Text>,
        requested_by -> BigInt,
        created_at -> Timestamp,
    }
}
diesel::table! {
    agreements (id) {
        id -> BigInt,
        pact_id -> BigInt,
        version_number -> Integer,
        edition -> Text,
        pdf -> Binary,
        sha256 -> Text,
        created_at -> Timestamp,
        seal_state -> Text,
        sealed_pdf -> Nullable<Binary>,
        sealed_sha256 -> Nullable<Text>,
        seal_attempts -> Integer,
        seal_error -> Nullable<Text>,
        next_seal_at -> Timestamp,
    }
}
diesel::table! {
    city_seals (city_id) {
        city_id -> BigInt,
        pkcs12 -> Binary,
        password -> Text,
        self_signed -> Bool,
        subject -> Text,
        fingerprint -> Text,
        not_after -> Timestamp,
        created_at -> Timestamp,
    }
}
diesel::table! {
    job_runs (name) {
        name -> Text,
        last_started_at -> Nullable<Timestamp>,
        last_finished_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        failures -> Integer,
        last_count -> Integer,
        next_run_at -> Timestamp,
        swept_on -> Nullable<Date>,
        swept_generation -> Nullable<BigInt>,
    }
}
diesel::table! {
    notices (id) {
        id -> BigInt,
        pact_id -> BigInt,
        kind -> Text,
        key -> Text,
        created_at -> Timestamp,
    }
}
diesel::table! {
    reports (id) {
        id -> BigInt,
        pact_id -> BigInt,
        author_id -> BigInt,
        period_start -> Date,
        period_end -> Date,
        activities -> Text,
        places -> Text,
        beneficiaries -> Integer,
        volunteers -> Integer,
        hours -> Integer,
        resources_parties -> Text,
        resources_city -> Text,
        problems -> Text,
        state -> Text,
        review_note -> Nullable<Text>,
        reviewed_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}
diesel::table! {
    report_photos (id) {
        id -> BigInt,
        report_id -> BigInt,
        width -> Integer,
        height -> Integer,
        data -> Binary,
        created_at -> Timestamp,
    }
}
diesel::table! {
    disputes (id) {
        id -> BigInt,
        pact_id -> BigInt,
        opened_by -> BigInt,
        by_city -> Bool,
        subject -> Text,
        opened_at -> Timestamp,
        conciliation_on -> Nullable<Date>,
        participants -> Nullable<Text>,
        conciliation_notes -> Nullable<Text>,
        resolution -> Nullable<Text>,
        resolution_note -> Nullable<Text>,
        closed_at -> Nullable<Timestamp>,
    }
}
diesel::table! {
    notifications (id) {
        id -> BigInt,
        user_id -> BigInt,
        kind -> Text,
        pact_id -> Nullable<BigInt>,
        subject -> Text,
        link -> Text,
        delivery -> Text,
        created_at -> Timestamp,
        read_at -> Nullable<Timestamp>,
        digested_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    notification_preferences (user_id, kind) {
        user_id -> BigInt,
        kind -> Text,
        delivery -> Text,
    }
}

diesel::table! {
    amendments (id) {
        id -> BigInt,
        pact_id -> BigInt,
        state -> Text,
        reason -> Text,
        from_version -> Integer,
        started_by -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(amendments -> pacts (pact_id));
diesel::joinable!(notifications -> users (user_id));
diesel::joinable!(notification_preferences -> users (user_id));
diesel::joinable!(disputes -> pacts (pact_id));
diesel::joinable!(reports -> pacts (pact_id));
diesel::joinable!(report_photos -> reports (report_id));
diesel::joinable!(notices -> pacts (pact_id));
diesel::joinable!(signing_requests -> pacts (pact_id));
diesel::joinable!(signing_requests -> parties (party_id));
diesel::joinable!(agreements -> pacts (pact_id));
diesel::joinable!(users -> cities (city_id));
diesel::joinable!(calls -> commons (commons_id));
diesel::joinable!(follows -> pacts (pact_id));
diesel::joinable!(follows -> users (user_id));
diesel::joinable!(template_versions -> templates (template_id));
diesel::joinable!(comments -> pacts (pact_id));
diesel::joinable!(attachments -> comments (comment_id));
diesel::joinable!(proposals -> cities (city_id));
diesel::joinable!(proposals -> users (user_id));
diesel::joinable!(staff_districts -> users (user_id));
diesel::joinable!(staff_districts -> districts (district_id));
diesel::joinable!(recovery_codes -> users (user_id));
diesel::joinable!(memberships -> users (user_id));
diesel::joinable!(memberships -> parties (party_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(tokens -> users (user_id));

diesel::table! {
    pact_imports (pact_id) {
        pact_id -> BigInt,
        city_id -> BigInt,
        source -> Text,
        reference -> Text,
        line -> Integer,
        record -> Text,
        imported_at -> Timestamp,
    }
}

diesel::table! {
    import_gaps (pact_id, field) {
        pact_id -> BigInt,
        field -> Text,
    }
}

diesel::joinable!(pact_imports -> pacts (pact_id));
diesel::joinable!(import_gaps -> pacts (pact_id));

diesel::allow_tables_to_appear_in_same_query!(
    cities,
    districts,
    commons,
    parties,
    pacts,
    pact_parties,
    pact_versions,
    events,
    users,
    memberships,
    sessions,
    tokens,
    outbox,
    auth_attempts,
    recovery_codes,
    staff_districts,
    proposals,
    comments,
    templates,
    template_versions,
    version_comments,
    attachments,
    invitations,
    follows,
    digests,
    calls,
    signing_requests,
    agreements,
    city_seals,
    job_runs,
    notices,
    reports,
    report_photos,
    disputes,
    notifications,
    notification_preferences,
    amendments,
    pact_imports,
    import_gaps
);
