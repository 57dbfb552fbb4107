// Builds the packages whose sources changed since their last build (see buildChanged in lib.mjs);
// the dashboard's browser tests run it before they start the built product.
import { buildChanged } from './lib.mjs';

await buildChanged();
