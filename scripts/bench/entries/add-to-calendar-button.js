// add-to-calendar-button, registered as <add-to-calendar-button>, bundled by
// the benchmark the same way as ours (rollup + terser, minified ESM).
import 'add-to-calendar-button';
