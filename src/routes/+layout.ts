// Every page that can be prerendered is; the session page opts out.
export const prerender = true;
export const trailingSlash = 'never';
