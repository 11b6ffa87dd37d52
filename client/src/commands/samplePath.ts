// Free of `vscode`, so unit tests can check the file is the tests' sample.

/** The sample draft shipped with the extension, relative to its root (the same file as the tests' sample). */
export const SAMPLE_PATH = 'client/media/sample/ccaas-msa.md';
