ALTER TABLE pact_search RESET (toast_tuple_target);
