import { writeFileSync } from 'node:fs';
import { generateOpenApi, openApiFile } from './openapi-document';

// `npm run openapi`: writes the committed copy of the API description that CI checks for freshness.
writeFileSync(openApiFile, await generateOpenApi());
console.log(`wrote ${openApiFile}`);
