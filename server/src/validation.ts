// Zod's default messages in Vietnamese, for the few schema rules that carry no message of their own:
// every 400 a federation officer can meet must read in Vietnamese.
import { z } from 'zod'

z.config(z.locales.vi())
