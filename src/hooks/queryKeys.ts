/** Every query and mutation of this package starts with this key: reset them all with `queryClient.resetQueries({ queryKey: bizkithubKey })`. */
export const bizkithubKey = ['bizkithub'] as const;

/** The key of `useSession`: invalidate it after anything that signs a customer in or out. */
export const sessionQueryKey = ['bizkithub', 'session'] as const;
