// The web desk's one script (served at /desk/desk.js; the CSP allows no other). Without it every page still
// works (forms and links); with it the queue and an open case follow the events stream live.
(() => {
  'use strict';
  const state = document.getElementById('live-state');
  const queue = document.getElementById('queue');
  const live = document.getElementById('live');
  const say = (which) => {
    if (state) state.textContent = state.dataset[which] || '';
  };

  // A canned answer picked in the list fills the answer box (it can be edited before sending).
  for (const picker of document.querySelectorAll('select[data-fill]')) {
    picker.addEventListener('change', () => {
      const box = document.getElementById(picker.dataset.fill);
      const option = picker.selectedOptions[0];
      if (box && option && option.dataset.text) box.value = option.dataset.text;
    });
  }

  if (!state || (!queue && !live)) return;
  let pending = false;
  let again = false;
  async function refresh() {
    if (pending) {
      again = true;
      return;
    }
    pending = true;
    try {
      if (queue) {
        const res = await fetch(queue.dataset.part, { credentials: 'same-origin', cache: 'no-store' });
        if (res.status === 401) return void location.assign('/desk/signin');
        if (res.ok) queue.innerHTML = await res.text();
      }
      if (live) {
        const res = await fetch(`/desk/case/${encodeURIComponent(live.dataset.case)}/live`, { credentials: 'same-origin', cache: 'no-store' });
        if (res.status === 401) return void location.assign('/desk/signin');
        if (res.ok) live.innerHTML = await res.text();
      }
    } finally {
      pending = false;
      if (again) {
        again = false;
        void refresh();
      }
    }
  }

  const events = new EventSource('/desk/events');
  events.addEventListener('open', () => say('live'));
  events.addEventListener('error', () => say(events.readyState === EventSource.CLOSED ? 'lost' : 'connecting'));
  events.addEventListener('signout', () => {
    events.close();
    location.assign('/desk/signin');
  });
  events.addEventListener('case', (msg) => {
    let e;
    try {
      e = JSON.parse(msg.data);
    } catch {
      return;
    }
    if (queue || (live && e.case === live.dataset.case)) void refresh();
  });
})();
