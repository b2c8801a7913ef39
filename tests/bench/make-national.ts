// Makes (or reuses) the national-size bench database in data/bench/, as `npm run bench` would, with progress bars.
import { ensureScaleDatabase, SIZES } from "./scale-databases";

const { file, record, generated } = await ensureScaleDatabase(SIZES.national);
console.log(`${file}: ${generated ? "generated" : "reused"}, seeded in ${record.seconds.toFixed(0)} s`, record.counts);
