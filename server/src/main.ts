// PLACEHOLDER (being replaced by the LSP helper).
export {};
