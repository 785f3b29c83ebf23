// Replaced by the items reader's helper. Nothing exported yet.
export {};
