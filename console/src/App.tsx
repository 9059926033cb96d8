export function App() {
  return <p>MARSOC console</p>;
}
