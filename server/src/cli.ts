// PLACEHOLDER (being replaced by the CLI helper).
export {};
