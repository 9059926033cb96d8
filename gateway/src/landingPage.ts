/**
 * The page served on GET /graphql to a browser that opens the endpoint itself.
 * The analysts' console is at /; this page only points there. It is static
 * and self-contained: no script, style, font or image from anywhere.
 */
export const LANDING_PAGE = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>MARSOC federated nominal picture: GraphQL endpoint</title>
</head>
<body>
<h1>MARSOC federated nominal picture</h1>
<p>All data in this system is synthetic and fictional. Every query that touches a nominal is audited under your identity, with your purpose and justification.</p>
<p>This is the GraphQL endpoint: send operations as <code>POST /graphql</code> with a JSON body, a bearer token and the <code>X-Purpose</code> and <code>X-Justification</code> headers.</p>
<p>The analysts' console is at <a href="/">/</a>.</p>
</body>
</html>
`;
