export declare const lowestTests: string[];
export declare const lowestPackages: string[];
export declare function lowestOf(range: string): string;
export declare function lowestVersions(root: string): {
  versions: Record<string, string>;
  key: string;
  cache: string;
  installed: boolean;
  packagePattern: string;
};
