/** How a model reaches the registry, for a registry (or group) with nothing in it yet. */
export function RegistryEmpty() {
  return (
    <div className="registry__empty">
      <h3>No models registered yet</h3>
      <p>
        A model gets here when a pipeline runs a <strong>RegisterModel</strong> step. Add one after
        your training and evaluation steps, give it a <code>ModelPackageGroupName</code>, and point
        its <code>ModelMetrics</code> at the evaluation report. Each run adds the next version,
        waiting for your approval unless the step sets <code>ModelApprovalStatus</code>.
      </p>
    </div>
  );
}
