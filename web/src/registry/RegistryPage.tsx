// PLACEHOLDER: the registry helper replaces this file.
export function RegistryPage(props: { groupName?: string; version?: number }) {
  return <main className="page">Registry {props.groupName}</main>;
}
