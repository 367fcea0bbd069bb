/**
 * The load generator, in its own process so that the benchmark's process, where the servers
 * run, spends its CPU on serving alone. Reads its options as JSON on stdin and writes
 * autocannon's result as JSON on stdout.
 */
import autocannon from "autocannon";

async function main(): Promise<void> {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  const result = await autocannon(JSON.parse(input) as autocannon.Options);
  process.stdout.write(JSON.stringify(result));
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
