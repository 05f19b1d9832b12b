// Imported first by every entry (the page, the workers): zod is told to check schemas
// without generated code before any schema is built. The page's Content Security Policy
// allows no eval, and zod's probe for it (a `Function('')` when the first object schema is
// made) would be reported as a violation on every load.
import { z } from 'zod';

z.config({ jitless: true });
