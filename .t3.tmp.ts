import * as chrono from "chrono-node";
import { yearParser } from "./src/language/year-parser.ts";
const c = chrono.casual.clone(); c.parsers.push(yearParser);
console.log(c.parsers.length, c.refiners.map(r=>r.constructor.name).join(","));
console.log(c.parse("Fighting in 2019 was bad", new Date(2020,0,15,12), {debug: {debug:(b:any)=>console.log(b())}} as any));
