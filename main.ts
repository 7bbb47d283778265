/**
 * The compiled bot's entry point: `npm run build` makes it dist/main.js, which `npm start` and the
 * container run. The program itself is src/main.ts (`npm run dev` runs that with tsx).
 */
import "./src/main.ts";
