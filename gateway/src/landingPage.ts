/**
 * The page served on GET / and GET /graphql. Apollo's default landing page loads
 * from a CDN that the people using this system cannot reach, so this one is
 * self-contained: no external script, style, font or image.
 */
export const LANDING_PAGE = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>MARSOC federated nominal picture</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; max-width: 60rem; color: #1b1b1b; }
textarea, input, select { font-family: ui-monospace, monospace; width: 100%; box-sizing: border-box; margin-bottom: .5rem; }
pre { background: #f3f3f3; padding: 1rem; overflow: auto; }
.note { background: #fff4d6; padding: .5rem 1rem; }
</style>
</head>
<body>
<h1>MARSOC federated nominal picture</h1>
<p class="note">All data in this system is synthetic and fictional. Every query that touches a nominal is audited under your identity, with your purpose and justification.</p>
<p>Get a development token with <code>npm run --silent token -- police-analyst</code>.</p>
<form id="f">
<label>Bearer token <input id="token" autocomplete="off"></label>
<label>Purpose <select id="purpose">
<option>INTELLIGENCE_DEVELOPMENT</option><option>COHORT_MANAGEMENT</option><option>OFFENDER_MANAGEMENT</option>
<option>STAFF_SAFETY</option><option>PERFORMANCE_REPORTING</option><option>AUDIT</option></select></label>
<label>Justification <input id="justification" value="Subject profile for the regional tasking meeting"></label>
<label>Query <textarea id="query" rows="12">{
  nominal(id: "NOM-00001") {
    id
    apmis { name region }
    police { identity { pncId } warningMarkers { code description } }
    custody { establishment securityCategory }
    hmrc { taxReference }
    ncaDeconfliction { contactBeforeAction }
  }
}</textarea></label>
<button>Run</button>
</form>
<pre id="out"></pre>
<script>
document.getElementById('f').addEventListener('submit', async (event) => {
  event.preventDefault();
  const value = (id) => document.getElementById(id).value;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: 'Bearer ' + value('token').trim(),
      'x-purpose': value('purpose'),
      'x-justification': value('justification'),
    },
    body: JSON.stringify({ query: value('query') }),
  });
  document.getElementById('out').textContent = JSON.stringify(await response.json(), null, 2);
});
</script>
</body>
</html>
`;
