export declare const repoRoot: string;
export declare const BENCH_DIST_ENV: string;
export interface AppBuild {
  dir: string;
  ms: number;
  remove(): void;
}
export declare function buildApp(log?: (line: string) => void): AppBuild;
export declare function appBuildForBench(log?: (line: string) => void): AppBuild;
