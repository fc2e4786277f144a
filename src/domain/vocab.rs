//! Controlled vocabularies of the registry: kinds of pacts, commons and
//! parties, intensities, categories and roles.
//!
//! Each value is stored in the database and shown in URLs and JSON as its
//! `snake_case` name; its label in each language lives in the translation
//! files under the key `<vocabulary>-<name>` (see [`Vocabulary::label_key`]).

/// A closed list of values with a stable textual name.
pub trait Vocabulary: Sized + Copy + 'static {
    /// Prefix of the translation keys of this vocabulary.
    const PREFIX: &'static str;
    /// The stable name stored in the database and used in URLs.
    fn name(self) -> &'static str;
    /// Every value, in display order.
    fn all() -> Vec<Self>;
    /// Parses a stable name.
    fn parse(s: &str) -> Option<Self>;
    /// The translation key of this value's label.
    fn label_key(self) -> String {
        format!("{}-{}", Self::PREFIX, self.name())
    }
}

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $prefix:literal { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$meta])*
#[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            ::serde::Serialize, ::serde::Deserialize,
            ::strum::Display, ::strum::EnumString, ::strum::EnumIter, ::strum::IntoStaticStr,
        )]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $crate::domain::vocab::Vocabulary for $name {
            const PREFIX: &'static str = $prefix;
            fn name(self) -> &'static str { self.into() }
            fn all() -> Vec<Self> { <Self as strum::IntoEnumIterator>::iter().collect() }
            fn parse(s: &str) -> Option<Self> { s.parse().ok() }
        }
    };
}

/// The macro, for the other domain modules' vocabularies.
pub(crate) use vocabulary;

vocabulary!(
    /// Ordinary pacts follow a standard template; complex ones (buildings,
    /// shared management, regeneration) need an assessment by the city
    /// executive and get a longer publication period.
    PactKind, "pact-kind" { Ordinary, Complex }
);

vocabulary!(
    /// How deeply the parties take care of the commons.
    Intensity, "intensity" { OccasionalCare, ContinuousCare, SharedManagement, Regeneration }
);

vocabulary!(
    /// The nature of a commons.
    CommonsKind, "commons-kind" { Tangible, Intangible, Digital }
);

vocabulary!(
    /// What a commons is, for filters and statistics across cities.
    CommonsCategory, "category" {
        GreenSpace, SquareStreet, SchoolGrounds, Building, CultureHeritage,
        SocialInclusion, Environment, SportPlay, DigitalService,
        /// Not classified by the registry it was imported from; an officer
        /// classifies it (never offered to a proposal).
        Unclassified,
    }
);

vocabulary!(
    /// Who a party is. Individuals are private persons: the public registry
    /// names them only by the name they chose to publish.
    PartyKind, "party-kind" {
        Individual, InformalGroup, Association, School, Business, Foundation, PublicBody,
    }
);

vocabulary!(
    /// The part a party plays in a pact.
    PartyRole, "party-role" { Proponent, CoSignatory, City }
);

vocabulary!(
    /// What proponents may ask of the city.
    SupportKind, "support" {
        Materials, ProtectiveEquipment, UseOfSpaces, FeeExemption, Training, Insurance, Reimbursement,
    }
);

vocabulary!(
    /// What a public comment on a published proposal is.
    CommentKind, "comment-kind" { Comment, Support, Objection, JoinRequest }
);

impl Default for PactKind {
    /// Most pacts are ordinary.
    fn default() -> Self {
        PactKind::Ordinary
    }
}

impl PartyKind {
    /// Whether the party is a private person whose name is personal data.
    pub fn is_private_person(self) -> bool {
        self == PartyKind::Individual
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_snake_case_and_round_trip() {
        assert_eq!(Intensity::SharedManagement.name(), "shared_management");
        assert_eq!(
            Intensity::parse("shared_management"),
            Some(Intensity::SharedManagement)
        );
        for kind in PartyKind::all() {
            assert_eq!(PartyKind::parse(kind.name()), Some(kind));
        }
    }

    #[test]
    fn unknown_names_are_rejected() {
        assert_eq!(PactKind::parse("Ordinary"), None);
        assert_eq!(PactKind::parse(""), None);
        assert_eq!(CommonsCategory::parse("green space"), None);
    }

    #[test]
    fn label_keys_carry_the_vocabulary_prefix() {
        assert_eq!(CommonsKind::Digital.label_key(), "commons-kind-digital");
        assert_eq!(
            PartyRole::CoSignatory.label_key(),
            "party-role-co_signatory"
        );
    }

    #[test]
    fn only_individuals_are_private_persons() {
        let private: Vec<_> = PartyKind::all()
            .into_iter()
            .filter(|k| k.is_private_person())
            .collect();
        assert_eq!(private, vec![PartyKind::Individual]);
    }
}
