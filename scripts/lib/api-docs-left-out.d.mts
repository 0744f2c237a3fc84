/** The source with the documentation text of its route declarations emptied (see the .mjs). */
export function emptyDocumentationText(source: string, fileName: string): string;
/** The esbuild plugins of the production build. */
export function apiDocsLeftOut(): { name: string; setup(build: unknown): void }[];
