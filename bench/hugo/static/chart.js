var zsQueue=[];function zsChart(id,prev,cur){zsQueue.push({id:id,prev:prev,cur:cur});}
document.addEventListener("DOMContentLoaded",function(){zsQueue.forEach(function(c){var e=document.getElementById(c.id);if(e)e.textContent=c.cur.length+" Monate";});});
