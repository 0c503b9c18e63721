export const EXCERPT_ENDINGS: readonly (readonly [string, string])[];
export const SOURCE_LINES: readonly (readonly [string, string])[];
export const FEED_FOOTERS: readonly (readonly [string, string])[];
export const SELF_NAMING: readonly string[];
export const CAPTIONS: readonly string[];
export const AUTHOR_NAMES: readonly string[];
