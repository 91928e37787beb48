import { toLiteral } from './literals.ts';

/** The languages a callback receiver is shown in: those that can listen for HTTP without a framework. */
export const receiverLanguages = ['ruby', 'python', 'javascript'] as const;
export type ReceiverLanguage = (typeof receiverLanguages)[number];

/**
 * One minimal callback receiver, as every language writes it: it listens on `port` of `host` for
 * POSTs to `path` (hard to guess: a random segment), answers 204 at once, and for each task it has
 * not seen yet confirms the result with `GET <api>/tasks/<id>` with its own key, as the contract
 * advises, before printing `confirmed <id>: <category>`.
 */
export interface ReceiverSpec {
	host: string;
	port: number;
	path: string;
	/** The API's base URL, such as the local sandbox's. */
	api: string;
	apiKey: string;
}

/** What a receiver prints once it listens, and once it has confirmed a task. */
export const receiverReady = 'receiving callbacks at';
export const receiverConfirmed = 'confirmed';

/** The file each receiver is saved as, and the command that runs it. */
export const receiverFile: Record<ReceiverLanguage, { name: string; run: string }> = {
	ruby: { name: 'receiver.rb', run: 'ruby receiver.rb' },
	python: { name: 'receiver.py', run: 'python3 receiver.py' },
	javascript: { name: 'receiver.mjs', run: 'node receiver.mjs' },
};

const renderers: Record<ReceiverLanguage, (spec: ReceiverSpec) => string> = {
	ruby: ({ host, port, path, api, apiKey }) => {
		const lit = (value: unknown) => toLiteral(value, 'ruby');
		return `require 'webrick'
require 'httparty'
require 'json'
require 'set'

API = ${lit(api)}
API_KEY = ${lit(apiKey)}
PATH = ${lit(path)}
seen = Set.new

# A callback carries no signature: take it as a notice, and read the result from the API.
def confirm(id)
  task = HTTParty.get("#{API}/tasks/#{id}", query: { api_key: API_KEY }).parsed_response
  puts "${receiverConfirmed} #{id}: #{task['response']['category']}" if task['status'] == 'completed'
end

server = WEBrick::HTTPServer.new(
  BindAddress: ${lit(host)}, Port: ${port}, Logger: WEBrick::Log.new(nil, 0), AccessLog: [],
  StartCallback: -> { puts "${receiverReady} http://${host}:${port}#{PATH}" }
)
server.mount_proc PATH do |req, res|
  next res.status = 404 unless req.request_method == 'POST' && req.path == PATH
  id = JSON.parse(req.body.to_s)['external_id'] rescue nil
  next res.status = 400 unless id.is_a?(String)
  res.status = 204 # answer at once; the work happens after
  Thread.new { confirm(id) } if seen.add?(id) # the same task may arrive twice
end
$stdout.sync = true
trap('INT') { server.shutdown }
server.start
`;
	},
	python: ({ host, port, path, api, apiKey }) => {
		const lit = (value: unknown) => toLiteral(value, 'python');
		return `import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests

API = ${lit(api)}
API_KEY = ${lit(apiKey)}
PATH = ${lit(path)}
seen = set()


def confirm(task_id):
    # A callback carries no signature: take it as a notice, and read the result from the API.
    task = requests.get(f"{API}/tasks/{task_id}", params={"api_key": API_KEY}).json()
    if task["status"] == "completed":
        print(f"${receiverConfirmed} {task_id}: {task['response']['category']}", flush=True)


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        if self.path != PATH:
            return self.answer(404)
        try:
            task_id = json.loads(self.rfile.read(int(self.headers["Content-Length"])))["external_id"]
        except (ValueError, TypeError, KeyError):
            return self.answer(400)
        self.answer(204)  # answer at once; the work happens after
        if task_id not in seen:  # the same task may arrive twice
            seen.add(task_id)
            threading.Thread(target=confirm, args=(task_id,)).start()

    def answer(self, status):
        self.send_response(status)
        self.end_headers()

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer((${lit(host)}, ${port}), Receiver)
print(f"${receiverReady} http://${host}:${port}{PATH}", flush=True)
server.serve_forever()
`;
	},
	javascript: ({ host, port, path, api, apiKey }) => {
		const lit = (value: unknown) => toLiteral(value, 'javascript');
		return `import { createServer } from "node:http";

const API = ${lit(api)};
const API_KEY = ${lit(apiKey)};
const PATH = ${lit(path)};
const seen = new Set();

// A callback carries no signature: take it as a notice, and read the result from the API.
async function confirm(id) {
  const response = await fetch(\`\${API}/tasks/\${id}?api_key=\${API_KEY}\`);
  const task = await response.json();
  if (task.status === "completed") console.log(\`${receiverConfirmed} \${id}: \${task.response.category}\`);
}

createServer(async (req, res) => {
  if (req.method !== "POST" || req.url !== PATH) return res.writeHead(404).end();
  let body = "";
  for await (const chunk of req) body += chunk;
  let id;
  try {
    id = JSON.parse(body).external_id;
  } catch {}
  if (typeof id !== "string") return res.writeHead(400).end();
  res.writeHead(204).end(); // answer at once; the work happens after
  if (seen.has(id)) return; // the same task may arrive twice
  seen.add(id);
  await confirm(id).catch((error) => console.error(\`could not confirm \${id}: \${error.message}\`));
}).listen(${port}, ${lit(host)}, () => console.log(\`${receiverReady} http://${host}:${port}\${PATH}\`));
`;
	},
};

export function renderReceiver(language: ReceiverLanguage, spec: ReceiverSpec): string {
	return renderers[language](spec);
}
