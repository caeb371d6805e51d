// What Azurite's own table store costs as one partition grows, with no CoSell code in between (bench/README.md,
// "One organization's history"). Run: node bench/azurite-scan.js tools/azurite
// It builds a LokiJS collection as Azurite does (indices on PartitionKey and RowKey) and times the two operations
// every CoSell read reaches: a point read (Azurite: findOne on both keys; the index narrows to the partition, then
// each row of it is compared) and a range read of 200 rows (Azurite's queryTableEntities: its filter interpreter
// run against every row of the table, every match sorted, then the page).
const root = process.argv[2] ?? 'tools/azurite';
const loki = require(require('path').resolve(root, 'node_modules/lokijs'));
const filters = require(require('path').resolve(root, 'node_modules/azurite/dist/src/table/persistence/LokiTableStoreQueryGenerator')).default;
const partition = 'p|partner-00';
const range = filters.generateQueryForPersistenceLayer({ filter: `PartitionKey eq '${partition}' and RowKey ge 'v|' and RowKey lt 'v}'` }, {});
const table = new loki('scan', { persistenceMethod: 'memory' }).addCollection('table', { indices: ['PartitionKey', 'RowKey'] });
const key = (n) => 'v|' + String(9e15 - n).padStart(19, '0') + '|seed-' + n;
const median = (run) => {
  const times = [];
  for (let k = 0; k < 7; k++) {
    const start = process.hrtime.bigint();
    run(k);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[3];
};
const byKeys = (a, b) => (a.PartitionKey > b.PartitionKey ? 1 : a.PartitionKey < b.PartitionKey ? -1 : a.RowKey > b.RowKey ? 1 : a.RowKey < b.RowKey ? -1 : 0);
let rows = 0;
for (const target of [2_000, 10_000, 20_000, 100_000, 200_000]) {
  for (; rows < target; rows++) {
    table.insert({ PartitionKey: partition, RowKey: key(rows), properties: { PartitionKey: partition, RowKey: key(rows), Summary: 'x'.repeat(900) } });
  }

  const point = median((k) => table.findOne({ PartitionKey: partition, RowKey: key(Math.floor(rows / 2) + k) }));
  const page = median(() => table.chain().where(range).sort(byKeys).limit(201).data());
  console.log(`${String(target).padStart(7)} rows in the partition: point read ${point.toFixed(2)} ms, first 200 rows of a range ${page.toFixed(1)} ms (medians of 7)`);
}
