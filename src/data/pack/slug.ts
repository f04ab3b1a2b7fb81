// Ids are derived from names so that they stay the same across pack versions as long as the name
// does: "Khan Younis" → "khan-younis". Folding first means "Khān Yūnis" and "al-Mawasi" give the
// same slug as their plain spellings ("khan-younis", "mawasi").
import { fold } from '../../core/text/fold';

export function slug(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
