// Plain-DOM pieces of the event dialog's panel (text only via textContent).

export type Member = { id: string; name: string };

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function button(text: string, onClick: () => void, signal: AbortSignal, primary = false) {
  const node = el('button', text, primary ? 'ck-primary' : undefined);
  node.type = 'button';
  node.addEventListener('click', onClick, { signal });
  return node;
}

export function memberSelect(label: string, members: Member[], selected: string | undefined) {
  const wrap = el('label');
  wrap.append(el('span', label));
  const select = el('select');
  for (const member of members) {
    const option = el('option', member.name);
    option.value = member.id;
    option.selected = member.id === selected;
    select.append(option);
  }
  wrap.append(select);
  return { wrap, select };
}

/** A group of radio buttons with a legend; `onPick` gets the chosen index. */
export function radioGroup(
  legend: string,
  labels: string[],
  chosen: number,
  onPick: (index: number) => void,
  signal: AbortSignal,
) {
  const set = el('fieldset', undefined, 'ck-choices');
  set.append(el('legend', legend));
  const name = `ck-choice-${Math.random().toString(36).slice(2)}`;
  labels.forEach((text, i) => {
    const wrap = el('label');
    const input = el('input');
    input.type = 'radio';
    input.name = name;
    input.checked = i === chosen;
    input.addEventListener('change', () => onPick(i), { signal });
    wrap.append(input, el('span', text));
    set.append(wrap);
  });
  return set;
}
