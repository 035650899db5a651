/** Fixed locale, so the server's and the browser's renderings agree. */
export const formatCount = (value: number) => value.toLocaleString('en-US');
