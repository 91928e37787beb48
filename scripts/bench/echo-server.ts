import { createServer } from 'node:http';

// The least any create can cost on this machine: a server that reads each request's body and
// answers it back, unparsed, with a one-line log as the sandbox writes. The bench compares bodies
// of two sizes through it to tell what moving the bytes costs from what the sandbox adds.
createServer((req, res) => {
	const chunks: Buffer[] = [];
	req.on('data', (chunk: Buffer) => chunks.push(chunk));
	req.on('end', () => {
		const body = req.method === 'POST' ? Buffer.concat(chunks) : Buffer.from('[]');
		console.log(`${new Date().toISOString()} ${req.method} ${req.url} 200`);
		res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length });
		res.end(body);
	});
}).listen(Number(process.env.PORT), '127.0.0.1');
