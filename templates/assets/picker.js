/* The region picker at the top of the start page: "Seite öffnen" opens the chosen region's newest page (the option's
   data-href); without JavaScript the form sends the name to the search page, and the list of links below it is the
   way to a region. The form is in the page from the start (no layout shift). Choosing alone never navigates (WCAG
   3.2.2: a change of context only on request). */
(function () {
  "use strict";
  var form = document.querySelector(".picker-form");
  var select = document.getElementById("region-wahl");
  if (!form || !select) return;
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var option = select.options[select.selectedIndex];
    var href = option && option.getAttribute("data-href");
    if (href) window.location.href = href; else select.focus();
  });
})();
