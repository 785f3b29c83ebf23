// Replaced by the html reader's helper. Nothing exported yet.
export {};
