/** The token the end-to-end server runs with, so the tests can open its link. */
export const E2E_TOKEN = 'e2e-token-0123456789abcdef';
