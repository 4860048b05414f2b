/** What each client variant of the benchmark exports: make a client and read one item, as a cold start would. */
export type ReadOne = (target: { endpoint: string; table: string; id: string }) => Promise<boolean>;
