// PLACEHOLDER (being replaced by the client helper).
export function activate(): void {}
export function deactivate(): void {}
