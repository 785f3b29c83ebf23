// Replaced by the text reader's helper. Nothing exported yet.
export {};
