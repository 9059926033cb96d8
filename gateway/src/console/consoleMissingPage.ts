/** Answered on GET / when the gateway started without a built console. */
export const CONSOLE_MISSING_PAGE = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>MARSOC console not built</title></head>
<body>
<h1>The MARSOC console has not been built</h1>
<p>Run <code>npm run build:console</code> (or <code>npm start</code>, which builds it) and restart the gateway.
GraphQL is still answered at <code>POST /graphql</code>.</p>
</body>
</html>
`;
