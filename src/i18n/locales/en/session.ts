/** The English texts of `<SignOutButton>`. */
export const sessionTexts = {
  'signOut.submit': 'Sign out',
  'signOut.submitting': 'Signing out…',
} as const;
