// PLACEHOLDER: the compare helper replaces this file.
export function ComparePage(props: { left: string; right: string }) {
  return (
    <main className="page">
      Compare {props.left} {props.right}
    </main>
  );
}
