/** Made-up keys of the right format; no real key is ever committed. */
export const devKey = 'DEV_abcdefghijklmnopqrstuvwxyz12';
export const prodKey = 'PRODabcdefghijklmnopqrstuvwxyz34';
export const rootKey = 'ROOTabcdefghijklmnopqrstuvwxyz56';
export const baseUrl = 'https://api.bizkithub.com';
