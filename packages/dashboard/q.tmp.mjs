const [,, base, user, query] = process.argv;
const login = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `mutation { login(username: "${user}", password: "demo") { id } }` }) });
const cookie = login.headers.get('set-cookie').split(';')[0];
const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query }) });
console.log(JSON.stringify(await res.json(), null, 1).slice(0, 3000));
