// Types for the plain-JS helper, so the TypeScript e2e harness can import it.
export declare const CHROMIUM_CANDIDATES: readonly string[];
export declare const CHROMIUM_MISSING_MESSAGE: string;
export declare function findChromium(env?: NodeJS.ProcessEnv): string | null;
export declare function requireChromium(env?: NodeJS.ProcessEnv): string;
export declare function isBrandedChrome(executablePath: string): boolean;
