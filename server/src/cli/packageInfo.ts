// Bundled into the CLI by esbuild, so the version is right wherever the bundle lives.
import packageJson from '../../../package.json';

const info: { readonly name: string; readonly version: string; readonly homepage?: string } = packageJson;

export const TOOL_NAME = info.name;
export const TOOL_VERSION = info.version;
/** Where SARIF viewers link the tool; absent until package.json has a homepage. */
export const TOOL_HOMEPAGE: string | undefined = info.homepage;
