/** What starts a link's fragment that carries a Try it request: `#try=` and the request. */
export const SHARE_PREFIX = '#try=';
