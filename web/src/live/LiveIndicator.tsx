// PLACEHOLDER: the live helper replaces this file.
import { useLiveConnection } from '.';

export function LiveIndicator() {
  const connection = useLiveConnection();
  return <p role="status">{connection}</p>;
}
