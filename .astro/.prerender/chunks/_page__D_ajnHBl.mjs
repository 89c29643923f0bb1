import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { E as unescapeHTML, c as renderComponent, g as maybeRenderHead, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { i as createComponent, n as translator, r as locales } from "./i18n_LaS0txss.mjs";
import { t as $$Page$1 } from "./Page_kdUMgiFF.mjs";
// site/static-pages/about/en.md
var en_exports$2 = /* @__PURE__ */ __exportAll({
	Content: () => Content$8,
	compiledContent: () => compiledContent$8,
	default: () => Content$8,
	file: () => file$8,
	frontmatter: () => frontmatter$8,
	getHeadings: () => getHeadings$8,
	rawContent: () => rawContent$8,
	url: () => void 0
});
var html$8 = () => "<p>Connect &amp; Learn brings together training and professional exchange for people who work to prevent and counter terrorism and violent extremism: government officials, practitioners, trainers and members of civil society. With a single account, you can take courses, join communities of practice and find resources, events and experts, in English, French, Spanish, Arabic, Russian and Chinese.</p>\n<h2 id=\"learn\">Learn</h2>\n<p>The course catalogue shows each course with its themes, level, duration and languages. Open courses are free to join: sign in, enrol and start the first lesson. Closed courses admit participants on request, and an instructor reviews each request.</p>\n<p>Some courses are self-paced, so you can study whenever it suits you. Others are instructor-led and run in cohorts with set dates. Every course is organised into modules and lessons, and the platform records the lessons you have completed so that you can follow your progress.</p>\n<h2 id=\"connect\">Connect</h2>\n<p>Communities of practice bring together people who work on the same questions. Each community has a moderated forum where its approved members share experience, discuss challenges and point each other to useful material. The community’s moderators approve requests to join.</p>\n<p>The events pages announce webinars, workshops, conferences and community meetings. You can add an event to your own calendar or follow all events through a feed. The resource library collects publications, toolkits, guides, training materials and legal instruments, which you can browse by theme or by type. The expert directory presents practitioners and specialists who have agreed to a public profile.</p>\n<h2 id=\"light-fast-and-open\">Light, fast and open</h2>\n<p>The platform is designed for slow connections and for phones. Everything you can read without signing in is a simple, light web page that loads quickly; only the features that need an account contact the server. The whole interface is available in all six languages, and Arabic is displayed from right to left.</p>\n<p>Connect &amp; Learn is open-source software, so other organisations can reuse it and adapt it to their own needs.</p>\n<h2 id=\"our-approach\">Our approach</h2>\n<p>The platform follows a human rights-based and gender-responsive approach. Respect for human rights and the rule of law is treated as part of effective prevention, not as an afterthought. Learners may declare their gender when they create an account; this is optional and is used only in aggregate statistics, which help show who the training reaches.</p>\n";
var frontmatter$8 = {};
var file$8 = "/work/main/site/static-pages/about/en.md";
function rawContent$8() {
	return "Connect & Learn brings together training and professional exchange for people who work to prevent and counter terrorism and violent extremism: government officials, practitioners, trainers and members of civil society. With a single account, you can take courses, join communities of practice and find resources, events and experts, in English, French, Spanish, Arabic, Russian and Chinese.\n\n## Learn\n\nThe course catalogue shows each course with its themes, level, duration and languages. Open courses are free to join: sign in, enrol and start the first lesson. Closed courses admit participants on request, and an instructor reviews each request.\n\nSome courses are self-paced, so you can study whenever it suits you. Others are instructor-led and run in cohorts with set dates. Every course is organised into modules and lessons, and the platform records the lessons you have completed so that you can follow your progress.\n\n## Connect\n\nCommunities of practice bring together people who work on the same questions. Each community has a moderated forum where its approved members share experience, discuss challenges and point each other to useful material. The community's moderators approve requests to join.\n\nThe events pages announce webinars, workshops, conferences and community meetings. You can add an event to your own calendar or follow all events through a feed. The resource library collects publications, toolkits, guides, training materials and legal instruments, which you can browse by theme or by type. The expert directory presents practitioners and specialists who have agreed to a public profile.\n\n## Light, fast and open\n\nThe platform is designed for slow connections and for phones. Everything you can read without signing in is a simple, light web page that loads quickly; only the features that need an account contact the server. The whole interface is available in all six languages, and Arabic is displayed from right to left.\n\nConnect & Learn is open-source software, so other organisations can reuse it and adapt it to their own needs.\n\n## Our approach\n\nThe platform follows a human rights-based and gender-responsive approach. Respect for human rights and the rule of law is treated as part of effective prevention, not as an afterthought. Learners may declare their gender when they create an account; this is optional and is used only in aggregate statistics, which help show who the training reaches.\n";
}
async function compiledContent$8() {
	return await html$8();
}
function getHeadings$8() {
	return [
		{
			"depth": 2,
			"slug": "learn",
			"text": "Learn"
		},
		{
			"depth": 2,
			"slug": "connect",
			"text": "Connect"
		},
		{
			"depth": 2,
			"slug": "light-fast-and-open",
			"text": "Light, fast and open"
		},
		{
			"depth": 2,
			"slug": "our-approach",
			"text": "Our approach"
		}
	];
}
var Content$8 = createComponent((result, _props, slots) => {
	const { layout, ...content } = frontmatter$8;
	content.file = file$8;
	content.url = void 0;
	return renderTemplate`${maybeRenderHead()}${unescapeHTML(html$8())}`;
});
// site/static-pages/about/es.md
var es_exports$2 = /* @__PURE__ */ __exportAll({
	Content: () => Content$7,
	compiledContent: () => compiledContent$7,
	default: () => Content$7,
	file: () => file$7,
	frontmatter: () => frontmatter$7,
	getHeadings: () => getHeadings$7,
	rawContent: () => rawContent$7,
	url: () => void 0
});
var html$7 = () => "<p>Connect &amp; Learn reúne formación e intercambio profesional para las personas que trabajan en la prevención y la lucha contra el terrorismo y el extremismo violento: funcionarios públicos, profesionales, formadores y miembros de la sociedad civil. Con una sola cuenta, puede seguir cursos, unirse a comunidades de práctica y encontrar recursos, eventos y expertos, en árabe, chino, español, francés, inglés y ruso.</p>\n<h2 id=\"aprender\">Aprender</h2>\n<p>El catálogo de cursos presenta cada curso con sus temas, su nivel, su duración y sus idiomas. La inscripción en los cursos abiertos es libre: inicie sesión, inscríbase y comience la primera lección. Los cursos cerrados admiten participantes previa solicitud, y un instructor examina cada solicitud.</p>\n<p>Algunos cursos se siguen a su propio ritmo, cuando a usted le convenga. Otros están dirigidos por un instructor y se imparten en ediciones con fechas fijas. Cada curso se organiza en módulos y lecciones, y la plataforma registra las lecciones que ha completado para que pueda seguir su progreso.</p>\n<h2 id=\"conectar\">Conectar</h2>\n<p>Las comunidades de práctica reúnen a personas que trabajan en las mismas cuestiones. Cada comunidad cuenta con un foro moderado en el que sus miembros aprobados comparten experiencias, debaten sobre los desafíos que enfrentan y se recomiendan materiales útiles. Los moderadores de la comunidad aprueban las solicitudes de adhesión.</p>\n<p>Las páginas de eventos anuncian seminarios web, talleres, conferencias y reuniones de las comunidades. Puede añadir un evento a su propio calendario o seguir todos los eventos mediante un canal de sindicación. La biblioteca de recursos reúne publicaciones, conjuntos de herramientas, guías, materiales de formación e instrumentos jurídicos, que puede explorar por tema o por tipo. El directorio de expertos presenta a profesionales y especialistas que han aceptado tener un perfil público.</p>\n<h2 id=\"ligera-rápida-y-abierta\">Ligera, rápida y abierta</h2>\n<p>La plataforma está pensada para conexiones lentas y teléfonos móviles. Todo lo que puede leer sin iniciar sesión es una página web sencilla y ligera que se carga rápidamente; solo las funciones que requieren una cuenta se comunican con el servidor. Toda la interfaz está disponible en los seis idiomas, y el árabe se muestra de derecha a izquierda.</p>\n<p>Connect &amp; Learn es software de código abierto, de modo que otras organizaciones pueden reutilizarlo y adaptarlo a sus propias necesidades.</p>\n<h2 id=\"nuestro-enfoque\">Nuestro enfoque</h2>\n<p>La plataforma sigue un enfoque basado en los derechos humanos y con perspectiva de género. El respeto de los derechos humanos y del estado de derecho se considera parte de una prevención eficaz, no algo accesorio. Al crear su cuenta, las personas usuarias pueden declarar su género; este dato es opcional y solo se utiliza en estadísticas agregadas, que ayudan a saber a quién llega la formación.</p>\n";
var frontmatter$7 = {};
var file$7 = "/work/main/site/static-pages/about/es.md";
function rawContent$7() {
	return "Connect & Learn reúne formación e intercambio profesional para las personas que trabajan en la prevención y la lucha contra el terrorismo y el extremismo violento: funcionarios públicos, profesionales, formadores y miembros de la sociedad civil. Con una sola cuenta, puede seguir cursos, unirse a comunidades de práctica y encontrar recursos, eventos y expertos, en árabe, chino, español, francés, inglés y ruso.\n\n## Aprender\n\nEl catálogo de cursos presenta cada curso con sus temas, su nivel, su duración y sus idiomas. La inscripción en los cursos abiertos es libre: inicie sesión, inscríbase y comience la primera lección. Los cursos cerrados admiten participantes previa solicitud, y un instructor examina cada solicitud.\n\nAlgunos cursos se siguen a su propio ritmo, cuando a usted le convenga. Otros están dirigidos por un instructor y se imparten en ediciones con fechas fijas. Cada curso se organiza en módulos y lecciones, y la plataforma registra las lecciones que ha completado para que pueda seguir su progreso.\n\n## Conectar\n\nLas comunidades de práctica reúnen a personas que trabajan en las mismas cuestiones. Cada comunidad cuenta con un foro moderado en el que sus miembros aprobados comparten experiencias, debaten sobre los desafíos que enfrentan y se recomiendan materiales útiles. Los moderadores de la comunidad aprueban las solicitudes de adhesión.\n\nLas páginas de eventos anuncian seminarios web, talleres, conferencias y reuniones de las comunidades. Puede añadir un evento a su propio calendario o seguir todos los eventos mediante un canal de sindicación. La biblioteca de recursos reúne publicaciones, conjuntos de herramientas, guías, materiales de formación e instrumentos jurídicos, que puede explorar por tema o por tipo. El directorio de expertos presenta a profesionales y especialistas que han aceptado tener un perfil público.\n\n## Ligera, rápida y abierta\n\nLa plataforma está pensada para conexiones lentas y teléfonos móviles. Todo lo que puede leer sin iniciar sesión es una página web sencilla y ligera que se carga rápidamente; solo las funciones que requieren una cuenta se comunican con el servidor. Toda la interfaz está disponible en los seis idiomas, y el árabe se muestra de derecha a izquierda.\n\nConnect & Learn es software de código abierto, de modo que otras organizaciones pueden reutilizarlo y adaptarlo a sus propias necesidades.\n\n## Nuestro enfoque\n\nLa plataforma sigue un enfoque basado en los derechos humanos y con perspectiva de género. El respeto de los derechos humanos y del estado de derecho se considera parte de una prevención eficaz, no algo accesorio. Al crear su cuenta, las personas usuarias pueden declarar su género; este dato es opcional y solo se utiliza en estadísticas agregadas, que ayudan a saber a quién llega la formación.\n";
}
async function compiledContent$7() {
	return await html$7();
}
function getHeadings$7() {
	return [
		{
			"depth": 2,
			"slug": "aprender",
			"text": "Aprender"
		},
		{
			"depth": 2,
			"slug": "conectar",
			"text": "Conectar"
		},
		{
			"depth": 2,
			"slug": "ligera-rápida-y-abierta",
			"text": "Ligera, rápida y abierta"
		},
		{
			"depth": 2,
			"slug": "nuestro-enfoque",
			"text": "Nuestro enfoque"
		}
	];
}
var Content$7 = createComponent((result, _props, slots) => {
	const { layout, ...content } = frontmatter$7;
	content.file = file$7;
	content.url = void 0;
	return renderTemplate`${maybeRenderHead()}${unescapeHTML(html$7())}`;
});
// site/static-pages/about/fr.md
var fr_exports$2 = /* @__PURE__ */ __exportAll({
	Content: () => Content$6,
	compiledContent: () => compiledContent$6,
	default: () => Content$6,
	file: () => file$6,
	frontmatter: () => frontmatter$6,
	getHeadings: () => getHeadings$6,
	rawContent: () => rawContent$6,
	url: () => void 0
});
var html$6 = () => "<p>Connect &amp; Learn réunit formation et échanges professionnels pour les personnes qui œuvrent à prévenir et à combattre le terrorisme et l’extrémisme violent\xA0: agents publics, praticiens, formateurs et membres de la société civile. Avec un seul compte, vous pouvez suivre des cours, rejoindre des communautés de pratique et trouver des ressources, des événements et des experts, en anglais, en français, en espagnol, en arabe, en russe et en chinois.</p>\n<h2 id=\"apprendre\">Apprendre</h2>\n<p>Le catalogue présente chaque cours avec ses thèmes, son niveau, sa durée et ses langues. L’inscription aux cours ouverts est libre\xA0: connectez-vous, inscrivez-vous et commencez la première leçon. Les cours fermés admettent les participants sur demande, et chaque demande est examinée par un formateur.</p>\n<p>Certains cours se suivent en autonomie, au moment qui vous convient. D’autres sont animés par un formateur et se déroulent par sessions, à dates fixes. Chaque cours est organisé en modules et en leçons, et la plateforme enregistre les leçons que vous avez terminées afin que vous puissiez suivre votre progression.</p>\n<h2 id=\"échanger\">Échanger</h2>\n<p>Les communautés de pratique rassemblent des personnes qui travaillent sur les mêmes questions. Chaque communauté dispose d’un forum modéré où ses membres approuvés partagent leur expérience, discutent des difficultés rencontrées et se signalent mutuellement des ressources utiles. Les demandes d’adhésion sont approuvées par les modérateurs de la communauté.</p>\n<p>Les pages consacrées aux événements annoncent webinaires, ateliers, conférences et réunions de communauté. Vous pouvez ajouter un événement à votre propre agenda ou suivre l’ensemble des événements grâce à un flux. La bibliothèque de ressources rassemble publications, boîtes à outils, guides, supports de formation et instruments juridiques, que vous pouvez parcourir par thème ou par type. Le répertoire d’experts présente des praticiens et des spécialistes qui ont accepté d’avoir un profil public.</p>\n<h2 id=\"légère-rapide-et-ouverte\">Légère, rapide et ouverte</h2>\n<p>La plateforme est conçue pour les connexions lentes et les téléphones. Tout ce que vous pouvez lire sans vous connecter est une page web simple et légère, qui se charge rapidement\xA0; seules les fonctions qui nécessitent un compte font appel au serveur. L’ensemble de l’interface est disponible dans les six langues, et l’arabe s’affiche de droite à gauche.</p>\n<p>Connect &amp; Learn est un logiciel libre (open source)\xA0: d’autres organisations peuvent le réutiliser et l’adapter à leurs propres besoins.</p>\n<h2 id=\"notre-approche\">Notre approche</h2>\n<p>La plateforme suit une approche fondée sur les droits humains et tenant compte des questions de genre. Le respect des droits humains et de l’état de droit y est considéré comme une composante d’une prévention efficace, et non comme une considération secondaire. Les apprenants peuvent indiquer leur genre lors de la création de leur compte\xA0; cette information est facultative et sert uniquement à établir des statistiques globales, qui permettent de savoir qui la formation atteint.</p>\n";
var frontmatter$6 = {};
var file$6 = "/work/main/site/static-pages/about/fr.md";
function rawContent$6() {
	return "Connect & Learn réunit formation et échanges professionnels pour les personnes qui œuvrent à prévenir et à combattre le terrorisme et l’extrémisme violent\xA0: agents publics, praticiens, formateurs et membres de la société civile. Avec un seul compte, vous pouvez suivre des cours, rejoindre des communautés de pratique et trouver des ressources, des événements et des experts, en anglais, en français, en espagnol, en arabe, en russe et en chinois.\n\n## Apprendre\n\nLe catalogue présente chaque cours avec ses thèmes, son niveau, sa durée et ses langues. L’inscription aux cours ouverts est libre\xA0: connectez-vous, inscrivez-vous et commencez la première leçon. Les cours fermés admettent les participants sur demande, et chaque demande est examinée par un formateur.\n\nCertains cours se suivent en autonomie, au moment qui vous convient. D’autres sont animés par un formateur et se déroulent par sessions, à dates fixes. Chaque cours est organisé en modules et en leçons, et la plateforme enregistre les leçons que vous avez terminées afin que vous puissiez suivre votre progression.\n\n## Échanger\n\nLes communautés de pratique rassemblent des personnes qui travaillent sur les mêmes questions. Chaque communauté dispose d’un forum modéré où ses membres approuvés partagent leur expérience, discutent des difficultés rencontrées et se signalent mutuellement des ressources utiles. Les demandes d’adhésion sont approuvées par les modérateurs de la communauté.\n\nLes pages consacrées aux événements annoncent webinaires, ateliers, conférences et réunions de communauté. Vous pouvez ajouter un événement à votre propre agenda ou suivre l’ensemble des événements grâce à un flux. La bibliothèque de ressources rassemble publications, boîtes à outils, guides, supports de formation et instruments juridiques, que vous pouvez parcourir par thème ou par type. Le répertoire d’experts présente des praticiens et des spécialistes qui ont accepté d’avoir un profil public.\n\n## Légère, rapide et ouverte\n\nLa plateforme est conçue pour les connexions lentes et les téléphones. Tout ce que vous pouvez lire sans vous connecter est une page web simple et légère, qui se charge rapidement\xA0; seules les fonctions qui nécessitent un compte font appel au serveur. L’ensemble de l’interface est disponible dans les six langues, et l’arabe s’affiche de droite à gauche.\n\nConnect & Learn est un logiciel libre (open source)\xA0: d’autres organisations peuvent le réutiliser et l’adapter à leurs propres besoins.\n\n## Notre approche\n\nLa plateforme suit une approche fondée sur les droits humains et tenant compte des questions de genre. Le respect des droits humains et de l’état de droit y est considéré comme une composante d’une prévention efficace, et non comme une considération secondaire. Les apprenants peuvent indiquer leur genre lors de la création de leur compte\xA0; cette information est facultative et sert uniquement à établir des statistiques globales, qui permettent de savoir qui la formation atteint.\n";
}
async function compiledContent$6() {
	return await html$6();
}
function getHeadings$6() {
	return [
		{
			"depth": 2,
			"slug": "apprendre",
			"text": "Apprendre"
		},
		{
			"depth": 2,
			"slug": "échanger",
			"text": "Échanger"
		},
		{
			"depth": 2,
			"slug": "légère-rapide-et-ouverte",
			"text": "Légère, rapide et ouverte"
		},
		{
			"depth": 2,
			"slug": "notre-approche",
			"text": "Notre approche"
		}
	];
}
var Content$6 = createComponent((result, _props, slots) => {
	const { layout, ...content } = frontmatter$6;
	content.file = file$6;
	content.url = void 0;
	return renderTemplate`${maybeRenderHead()}${unescapeHTML(html$6())}`;
});
// site/static-pages/accessibility/en.md
var en_exports$1 = /* @__PURE__ */ __exportAll({
	Content: () => Content$5,
	compiledContent: () => compiledContent$5,
	default: () => Content$5,
	file: () => file$5,
	frontmatter: () => frontmatter$5,
	getHeadings: () => getHeadings$5,
	rawContent: () => rawContent$5,
	url: () => void 0
});
var html$5 = () => "<p>Connect &amp; Learn should be usable by everyone, including people who use a keyboard instead of a mouse, a screen reader, magnification or a small screen. This statement explains what we do to achieve that and how to tell us when something does not work.</p>\n<h2 id=\"our-target\">Our target</h2>\n<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, on every page and in all six languages.</p>\n<h2 id=\"what-we-have-done\">What we have done</h2>\n<ul>\n<li>Everything can be done with a keyboard, and the element that has focus is always clearly visible.</li>\n<li>A “Skip to main content” link at the top of every page lets you go straight past the navigation.</li>\n<li>Pages are divided into landmarks (header, navigation, main content, footer) and structured with headings, so that screen-reader users can move around quickly.</li>\n<li>Every page states its language, and pages in Arabic use a right-to-left layout.</li>\n<li>The site uses the fonts already installed on your device, so Chinese and Arabic text displays without downloading any font.</li>\n<li>Pages remain usable from a width of 320 pixels, for example on a small phone or when the text is enlarged.</li>\n<li>The filters in the course catalogue and other lists work without JavaScript.</li>\n</ul>\n<h2 id=\"how-we-check\">How we check</h2>\n<p>Automated accessibility checks run on every page template in every language. Automated tools cannot find every problem, so reports from the people who use the site are essential to us.</p>\n<h2 id=\"known-limitations\">Known limitations</h2>\n<p>The site search needs JavaScript. Without it, you can still browse the course catalogue, the library and the events. Some documents in the library come from other publishers and may not be fully accessible. If a document does not work for you, let us know.</p>\n<h2 id=\"report-a-problem\">Report a problem</h2>\n<p>If you meet a barrier on this site, write to <a href=\"mailto:accessibility@example.org\">accessibility@example.org</a>. Please tell us the address of the page, what you were trying to do, and the browser, device or assistive technology you were using. We will reply and tell you what we can do.</p>\n";
var frontmatter$5 = {};
var file$5 = "/work/main/site/static-pages/accessibility/en.md";
function rawContent$5() {
	return "Connect & Learn should be usable by everyone, including people who use a keyboard instead of a mouse, a screen reader, magnification or a small screen. This statement explains what we do to achieve that and how to tell us when something does not work.\n\n## Our target\n\nWe aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, on every page and in all six languages.\n\n## What we have done\n\n- Everything can be done with a keyboard, and the element that has focus is always clearly visible.\n- A \"Skip to main content\" link at the top of every page lets you go straight past the navigation.\n- Pages are divided into landmarks (header, navigation, main content, footer) and structured with headings, so that screen-reader users can move around quickly.\n- Every page states its language, and pages in Arabic use a right-to-left layout.\n- The site uses the fonts already installed on your device, so Chinese and Arabic text displays without downloading any font.\n- Pages remain usable from a width of 320 pixels, for example on a small phone or when the text is enlarged.\n- The filters in the course catalogue and other lists work without JavaScript.\n\n## How we check\n\nAutomated accessibility checks run on every page template in every language. Automated tools cannot find every problem, so reports from the people who use the site are essential to us.\n\n## Known limitations\n\nThe site search needs JavaScript. Without it, you can still browse the course catalogue, the library and the events. Some documents in the library come from other publishers and may not be fully accessible. If a document does not work for you, let us know.\n\n## Report a problem\n\nIf you meet a barrier on this site, write to accessibility@example.org. Please tell us the address of the page, what you were trying to do, and the browser, device or assistive technology you were using. We will reply and tell you what we can do.\n";
}
async function compiledContent$5() {
	return await html$5();
}
function getHeadings$5() {
	return [
		{
			"depth": 2,
			"slug": "our-target",
			"text": "Our target"
		},
		{
			"depth": 2,
			"slug": "what-we-have-done",
			"text": "What we have done"
		},
		{
			"depth": 2,
			"slug": "how-we-check",
			"text": "How we check"
		},
		{
			"depth": 2,
			"slug": "known-limitations",
			"text": "Known limitations"
		},
		{
			"depth": 2,
			"slug": "report-a-problem",
			"text": "Report a problem"
		}
	];
}
var Content$5 = createComponent((result, _props, slots) => {
	const { layout, ...content } = frontmatter$5;
	content.file = file$5;
	content.url = void 0;
	return renderTemplate`${maybeRenderHead()}${unescapeHTML(html$5())}`;
});
// site/static-pages/accessibility/es.md
var es_exports$1 = /* @__PURE__ */ __exportAll({
	Content: () => Content$4,
	compiledContent: () => compiledContent$4,
	default: () => Content$4,
	file: () => file$4,
	frontmatter: () => frontmatter$4,
	getHeadings: () => getHeadings$4,
	rawContent: () => rawContent$4,
	url: () => void 0
});
var html$4 = () => "<p>Connect &amp; Learn debe poder ser utilizado por todas las personas, incluidas las que navegan con el teclado en lugar del ratón, con un lector de pantalla, con un programa de ampliación o en una pantalla pequeña. Esta declaración explica lo que hacemos para lograrlo y cómo puede avisarnos cuando algo no funciona.</p>\n<h2 id=\"nuestro-objetivo\">Nuestro objetivo</h2>\n<p>Aspiramos a cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2 en el nivel AA, en todas las páginas y en los seis idiomas.</p>\n<h2 id=\"lo-que-hemos-hecho\">Lo que hemos hecho</h2>\n<ul>\n<li>Todo puede hacerse con el teclado, y el elemento que tiene el foco siempre es claramente visible.</li>\n<li>Un enlace «Saltar al contenido principal», en la parte superior de cada página, permite pasar directamente por encima de la navegación.</li>\n<li>Las páginas se dividen en regiones (encabezado, navegación, contenido principal, pie de página) y se estructuran con títulos, para que las personas que usan lectores de pantalla puedan desplazarse por ellas con rapidez.</li>\n<li>Cada página indica su idioma, y las páginas en árabe se muestran de derecha a izquierda.</li>\n<li>El sitio utiliza las fuentes ya instaladas en su dispositivo, por lo que el texto en chino y en árabe se muestra sin descargar ninguna fuente.</li>\n<li>Las páginas siguen siendo utilizables a partir de un ancho de 320 píxeles, por ejemplo en un teléfono pequeño o con el texto ampliado.</li>\n<li>Los filtros del catálogo de cursos y de las demás listas funcionan sin JavaScript.</li>\n</ul>\n<h2 id=\"cómo-lo-comprobamos\">Cómo lo comprobamos</h2>\n<p>Se realizan pruebas automáticas de accesibilidad en cada plantilla de página y en cada idioma. Las herramientas automáticas no detectan todos los problemas, por lo que los comentarios de quienes utilizan el sitio son esenciales para nosotros.</p>\n<h2 id=\"limitaciones-conocidas\">Limitaciones conocidas</h2>\n<p>La búsqueda en el sitio requiere JavaScript. Sin él, puede seguir explorando el catálogo de cursos, la biblioteca y los eventos. Algunos documentos de la biblioteca proceden de otras editoriales y es posible que no sean plenamente accesibles. Si un documento no le resulta accesible, comuníquenoslo.</p>\n<h2 id=\"informar-de-un-problema\">Informar de un problema</h2>\n<p>Si encuentra una barrera en este sitio, escriba a <a href=\"mailto:accessibility@example.org\">accessibility@example.org</a>. Indíquenos la dirección de la página, lo que intentaba hacer y el navegador, el dispositivo o la tecnología de apoyo que utilizaba. Le responderemos para explicarle lo que podemos hacer.</p>\n";
var frontmatter$4 = {};
var file$4 = "/work/main/site/static-pages/accessibility/es.md";
function rawContent$4() {
	return "Connect & Learn debe poder ser utilizado por todas las personas, incluidas las que navegan con el teclado en lugar del ratón, con un lector de pantalla, con un programa de ampliación o en una pantalla pequeña. Esta declaración explica lo que hacemos para lograrlo y cómo puede avisarnos cuando algo no funciona.\n\n## Nuestro objetivo\n\nAspiramos a cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2 en el nivel AA, en todas las páginas y en los seis idiomas.\n\n## Lo que hemos hecho\n\n- Todo puede hacerse con el teclado, y el elemento que tiene el foco siempre es claramente visible.\n- Un enlace «Saltar al contenido principal», en la parte superior de cada página, permite pasar directamente por encima de la navegación.\n- Las páginas se dividen en regiones (encabezado, navegación, contenido principal, pie de página) y se estructuran con títulos, para que las personas que usan lectores de pantalla puedan desplazarse por ellas con rapidez.\n- Cada página indica su idioma, y las páginas en árabe se muestran de derecha a izquierda.\n- El sitio utiliza las fuentes ya instaladas en su dispositivo, por lo que el texto en chino y en árabe se muestra sin descargar ninguna fuente.\n- Las páginas siguen siendo utilizables a partir de un ancho de 320 píxeles, por ejemplo en un teléfono pequeño o con el texto ampliado.\n- Los filtros del catálogo de cursos y de las demás listas funcionan sin JavaScript.\n\n## Cómo lo comprobamos\n\nSe realizan pruebas automáticas de accesibilidad en cada plantilla de página y en cada idioma. Las herramientas automáticas no detectan todos los problemas, por lo que los comentarios de quienes utilizan el sitio son esenciales para nosotros.\n\n## Limitaciones conocidas\n\nLa búsqueda en el sitio requiere JavaScript. Sin él, puede seguir explorando el catálogo de cursos, la biblioteca y los eventos. Algunos documentos de la biblioteca proceden de otras editoriales y es posible que no sean plenamente accesibles. Si un documento no le resulta accesible, comuníquenoslo.\n\n## Informar de un problema\n\nSi encuentra una barrera en este sitio, escriba a accessibility@example.org. Indíquenos la dirección de la página, lo que intentaba hacer y el navegador, el dispositivo o la tecnología de apoyo que utilizaba. Le responderemos para explicarle lo que podemos hacer.\n";
}
async function compiledContent$4() {
	return await html$4();
}
function getHeadings$4() {
	return [
		{
			"depth": 2,
			"slug": "nuestro-objetivo",
			"text": "Nuestro objetivo"
		},
		{
			"depth": 2,
			"slug": "lo-que-hemos-hecho",
			"text": "Lo que hemos hecho"
		},
		{
			"depth": 2,
			"slug": "cómo-lo-comprobamos",
			"text": "Cómo lo comprobamos"
		},
		{
			"depth": 2,
			"slug": "limitaciones-conocidas",
			"text": "Limitaciones conocidas"
		},
		{
			"depth": 2,
			"slug": "informar-de-un-problema",
			"text": "Informar de un problema"
		}
	];
}
var Content$4 = createComponent((result, _props, slots) => {
	const { layout, ...content } = frontmatter$4;
	content.file = file$4;
	content.url = void 0;
	return renderTemplate`${maybeRenderHead()}${unescapeHTML(html$4())}`;
});
// site/static-pages/accessibility/fr.md
var fr_exports$1 = /* @__PURE__ */ __exportAll({
	Content: () => Content$3,
	compiledContent: () => compiledContent$3,
	default: () => Content$3,
	file: () => file$3,
	frontmatter: () => frontmatter$3,
	getHeadings: () => getHeadings$3,
	rawContent: () => rawContent$3,
	url: () => void 0
});
var html$3 = () => "<p>Connect &amp; Learn doit pouvoir être utilisé par toutes et tous, y compris par les personnes qui naviguent au clavier plutôt qu’à la souris, avec un lecteur d’écran, un logiciel d’agrandissement ou sur un petit écran. Cette déclaration explique ce que nous faisons pour y parvenir et comment nous signaler ce qui ne fonctionne pas.</p>\n<h2 id=\"notre-objectif\">Notre objectif</h2>\n<p>Nous visons la conformité aux Règles pour l’accessibilité des contenus Web (WCAG) 2.2, niveau AA, sur chaque page et dans les six langues.</p>\n<h2 id=\"ce-que-nous-avons-fait\">Ce que nous avons fait</h2>\n<ul>\n<li>Tout peut se faire au clavier, et l’élément qui a le focus est toujours clairement visible.</li>\n<li>Un lien «\xA0Aller au contenu principal\xA0», en haut de chaque page, permet de passer directement la navigation.</li>\n<li>Les pages sont découpées en régions (en-tête, navigation, contenu principal, pied de page) et structurées par des titres, afin que les utilisateurs de lecteurs d’écran puissent s’y déplacer rapidement.</li>\n<li>Chaque page indique sa langue, et les pages en arabe s’affichent de droite à gauche.</li>\n<li>Le site utilise les polices déjà installées sur votre appareil\xA0: le chinois et l’arabe s’affichent sans téléchargement de police.</li>\n<li>Les pages restent utilisables à partir d’une largeur de 320 pixels, par exemple sur un petit téléphone ou lorsque le texte est agrandi.</li>\n<li>Les filtres du catalogue des cours et des autres listes fonctionnent sans JavaScript.</li>\n</ul>\n<h2 id=\"nos-vérifications\">Nos vérifications</h2>\n<p>Des contrôles automatiques d’accessibilité sont effectués sur chaque modèle de page, dans chaque langue. Les outils automatiques ne détectent pas tous les problèmes\xA0: les signalements des personnes qui utilisent le site nous sont donc indispensables.</p>\n<h2 id=\"limites-connues\">Limites connues</h2>\n<p>La recherche sur le site nécessite JavaScript. Sans JavaScript, vous pouvez toujours parcourir le catalogue des cours, la bibliothèque et les événements. Certains documents de la bibliothèque proviennent d’autres éditeurs et peuvent ne pas être entièrement accessibles. Si un document ne vous est pas accessible, faites-le-nous savoir.</p>\n<h2 id=\"signaler-un-problème\">Signaler un problème</h2>\n<p>Si vous rencontrez un obstacle sur ce site, écrivez à <a href=\"mailto:accessibility@example.org\">accessibility@example.org</a>. Indiquez-nous l’adresse de la page, ce que vous cherchiez à faire, ainsi que le navigateur, l’appareil ou la technologie d’assistance que vous utilisiez. Nous vous répondrons en vous indiquant ce que nous pouvons faire.</p>\n";
var frontmatter$3 = {};
var file$3 = "/work/main/site/static-pages/accessibility/fr.md";
function rawContent$3() {
	return "Connect & Learn doit pouvoir être utilisé par toutes et tous, y compris par les personnes qui naviguent au clavier plutôt qu’à la souris, avec un lecteur d’écran, un logiciel d’agrandissement ou sur un petit écran. Cette déclaration explique ce que nous faisons pour y parvenir et comment nous signaler ce qui ne fonctionne pas.\n\n## Notre objectif\n\nNous visons la conformité aux Règles pour l’accessibilité des contenus Web (WCAG) 2.2, niveau AA, sur chaque page et dans les six langues.\n\n## Ce que nous avons fait\n\n- Tout peut se faire au clavier, et l’élément qui a le focus est toujours clairement visible.\n- Un lien «\xA0Aller au contenu principal\xA0», en haut de chaque page, permet de passer directement la navigation.\n- Les pages sont découpées en régions (en-tête, navigation, contenu principal, pied de page) et structurées par des titres, afin que les utilisateurs de lecteurs d’écran puissent s’y déplacer rapidement.\n- Chaque page indique sa langue, et les pages en arabe s’affichent de droite à gauche.\n- Le site utilise les polices déjà installées sur votre appareil\xA0: le chinois et l’arabe s’affichent sans téléchargement de police.\n- Les pages restent utilisables à partir d’une largeur de 320 pixels, par exemple sur un petit téléphone ou lorsque le texte est agrandi.\n- Les filtres du catalogue des cours et des autres listes fonctionnent sans JavaScript.\n\n## Nos vérifications\n\nDes contrôles automatiques d’accessibilité sont effectués sur chaque modèle de page, dans chaque langue. Les outils automatiques ne détectent pas tous les problèmes\xA0: les signalements des personnes qui utilisent le site nous sont donc indispensables.\n\n## Limites connues\n\nLa recherche sur le site nécessite JavaScript. Sans JavaScript, vous pouvez toujours parcourir le catalogue des cours, la bibliothèque et les événements. Certains documents de la bibliothèque proviennent d’autres éditeurs et peuvent ne pas être entièrement accessibles. Si un document ne vous est pas accessible, faites-le-nous savoir.\n\n## Signaler un problème\n\nSi vous rencontrez un obstacle sur ce site, écrivez à accessibility@example.org. Indiquez-nous l’adresse de la page, ce que vous cherchiez à faire, ainsi que le navigateur, l’appareil ou la technologie d’assistance que vous utilisiez. Nous vous répondrons en vous indiquant ce que nous pouvons faire.\n";
}
async function compiledContent$3() {
	return await html$3();
}
function getHeadings$3() {
	return [
		{
			"depth": 2,
			"slug": "notre-objectif",
			"text": "Notre objectif"
		},
		{
			"depth": 2,
			"slug": "ce-que-nous-avons-fait",
			"text": "Ce que nous avons fait"
		},
		{
			"depth": 2,
			"slug": "nos-vérifications",
			"text": "Nos vérifications"
		},
		{
			"depth": 2,
			"slug": "limites-connues",
			"text": "Limites connues"
		},
		{
			"depth": 2,
			"slug": "signaler-un-problème",
			"text": "Signaler un problème"
		}
	];
}
var Content$3 = createComponent((result, _props, slots) => {
	const { layout, ...content } = frontmatter$3;
	content.file = file$3;
	content.url = void 0;
	return renderTemplate`${maybeRenderHead()}${unescapeHTML(html$3())}`;
});
// site/static-pages/privacy/en.md
var en_exports = /* @__PURE__ */ __exportAll({
	Content: () => Content$2,
	compiledContent: () => compiledContent$2,
	default: () => Content$2,
	file: () => file$2,
	frontmatter: () => frontmatter$2,
	getHeadings: () => getHeadings$2,
	rawContent: () => rawContent$2,
	url: () => void 0
});
var html$2 = () => "<p>This notice explains what personal data Connect &amp; Learn collects, why, and what you can do about it. The guiding rule is data minimisation: we collect only what is needed to run the courses and communities, and nothing more.</p>\n<h2 id=\"reading-without-an-account\">Reading without an account</h2>\n<p>You can read the public pages, such as the course catalogue, the resource library, the events and the expert directory, without an account. These pages set no cookies and contain no trackers and no analytics. They make no requests to third parties: there are no external fonts or scripts, so no other company learns that you visited. If you follow a link to another website, that website’s own privacy rules apply.</p>\n<h2 id=\"your-account\">Your account</h2>\n<p>To create an account, we ask for your name, email address, organisation, sector, country and preferred language. We use this information to run your account, to enrol you in courses, to review your requests to join closed courses and communities, and to record your progress.</p>\n<p>You may also declare your gender. This is optional. It is never shown to other users and is used only in aggregate statistics.</p>\n<h2 id=\"the-session-cookie\">The session cookie</h2>\n<p>Signing in sets one cookie: a first-party session cookie that keeps you signed in. It is marked HttpOnly, so scripts in the page cannot read it, and it is used for nothing else.</p>\n<h2 id=\"who-can-see-what\">Who can see what</h2>\n<p>Forum posts in a community of practice are visible only to the approved members of that community. Expert profiles appear in the public directory only with the expert’s consent, and their contact details are shown only to signed-in users.</p>\n<h2 id=\"your-choices-and-rights\">Your choices and rights</h2>\n<p>You can download a copy of your data from your account at any time. You can also delete your account. When you do, your forum posts are anonymised rather than deleted: they are no longer linked to your name, and the discussions they belong to stay readable for the other members.</p>\n<h2 id=\"contact\">Contact</h2>\n<p>For any question about your personal data, or to exercise your rights, write to <a href=\"mailto:privacy@example.org\">privacy@example.org</a>.</p>\n";
var frontmatter$2 = {};
var file$2 = "/work/main/site/static-pages/privacy/en.md";
function rawContent$2() {
	return "This notice explains what personal data Connect & Learn collects, why, and what you can do about it. The guiding rule is data minimisation: we collect only what is needed to run the courses and communities, and nothing more.\n\n## Reading without an account\n\nYou can read the public pages, such as the course catalogue, the resource library, the events and the expert directory, without an account. These pages set no cookies and contain no trackers and no analytics. They make no requests to third parties: there are no external fonts or scripts, so no other company learns that you visited. If you follow a link to another website, that website's own privacy rules apply.\n\n## Your account\n\nTo create an account, we ask for your name, email address, organisation, sector, country and preferred language. We use this information to run your account, to enrol you in courses, to review your requests to join closed courses and communities, and to record your progress.\n\nYou may also declare your gender. This is optional. It is never shown to other users and is used only in aggregate statistics.\n\n## The session cookie\n\nSigning in sets one cookie: a first-party session cookie that keeps you signed in. It is marked HttpOnly, so scripts in the page cannot read it, and it is used for nothing else.\n\n## Who can see what\n\nForum posts in a community of practice are visible only to the approved members of that community. Expert profiles appear in the public directory only with the expert's consent, and their contact details are shown only to signed-in users.\n\n## Your choices and rights\n\nYou can download a copy of your data from your account at any time. You can also delete your account. When you do, your forum posts are anonymised rather than deleted: they are no longer linked to your name, and the discussions they belong to stay readable for the other members.\n\n## Contact\n\nFor any question about your personal data, or to exercise your rights, write to privacy@example.org.\n";
}
async function compiledContent$2() {
	return await html$2();
}
function getHeadings$2() {
	return [
		{
			"depth": 2,
			"slug": "reading-without-an-account",
			"text": "Reading without an account"
		},
		{
			"depth": 2,
			"slug": "your-account",
			"text": "Your account"
		},
		{
			"depth": 2,
			"slug": "the-session-cookie",
			"text": "The session cookie"
		},
		{
			"depth": 2,
			"slug": "who-can-see-what",
			"text": "Who can see what"
		},
		{
			"depth": 2,
			"slug": "your-choices-and-rights",
			"text": "Your choices and rights"
		},
		{
			"depth": 2,
			"slug": "contact",
			"text": "Contact"
		}
	];
}
var Content$2 = createComponent((result, _props, slots) => {
	const { layout, ...content } = frontmatter$2;
	content.file = file$2;
	content.url = void 0;
	return renderTemplate`${maybeRenderHead()}${unescapeHTML(html$2())}`;
});
// site/static-pages/privacy/es.md
var es_exports = /* @__PURE__ */ __exportAll({
	Content: () => Content$1,
	compiledContent: () => compiledContent$1,
	default: () => Content$1,
	file: () => file$1,
	frontmatter: () => frontmatter$1,
	getHeadings: () => getHeadings$1,
	rawContent: () => rawContent$1,
	url: () => void 0
});
var html$1 = () => "<p>Este aviso explica qué datos personales recopila Connect &amp; Learn, con qué fin y qué puede hacer usted al respecto. El principio que nos guía es la minimización de datos: recopilamos únicamente lo necesario para el funcionamiento de los cursos y las comunidades, y nada más.</p>\n<h2 id=\"navegar-sin-cuenta\">Navegar sin cuenta</h2>\n<p>Puede consultar las páginas públicas, como el catálogo de cursos, la biblioteca de recursos, los eventos y el directorio de expertos, sin necesidad de una cuenta. Estas páginas no instalan cookies ni contienen rastreadores ni herramientas de analítica. No realizan solicitudes a terceros: no hay fuentes tipográficas ni scripts externos, de modo que ninguna otra empresa sabe que usted las ha visitado. Si sigue un enlace a otro sitio web, se aplican las normas de privacidad de ese sitio.</p>\n<h2 id=\"su-cuenta\">Su cuenta</h2>\n<p>Para crear una cuenta, le pedimos su nombre, su dirección de correo electrónico, su organización, su sector, su país y su idioma preferido. Utilizamos esta información para gestionar su cuenta, inscribirle en cursos, examinar sus solicitudes de acceso a cursos cerrados y de adhesión a comunidades, y registrar su progreso.</p>\n<p>También puede declarar su género. Este dato es opcional. Nunca se muestra a otras personas usuarias y solo se utiliza en estadísticas agregadas.</p>\n<h2 id=\"la-cookie-de-sesión\">La cookie de sesión</h2>\n<p>Al iniciar sesión se instala una sola cookie: una cookie de sesión propia que mantiene su sesión abierta. Está marcada como HttpOnly, de modo que los scripts de la página no pueden leerla, y no se utiliza para nada más.</p>\n<h2 id=\"quién-puede-ver-qué\">Quién puede ver qué</h2>\n<p>Los mensajes publicados en el foro de una comunidad de práctica solo son visibles para los miembros aprobados de esa comunidad. Los perfiles de expertos solo aparecen en el directorio público con el consentimiento de la persona experta, y sus datos de contacto solo se muestran a quienes han iniciado sesión.</p>\n<h2 id=\"sus-opciones-y-derechos\">Sus opciones y derechos</h2>\n<p>Puede descargar una copia de sus datos desde su cuenta en cualquier momento. También puede eliminar su cuenta. En ese caso, sus mensajes en los foros se anonimizan en lugar de eliminarse: dejan de estar vinculados a su nombre, y los debates de los que forman parte siguen siendo legibles para los demás miembros.</p>\n<h2 id=\"contacto\">Contacto</h2>\n<p>Para cualquier pregunta sobre sus datos personales, o para ejercer sus derechos, escriba a <a href=\"mailto:privacy@example.org\">privacy@example.org</a>.</p>\n";
var frontmatter$1 = {};
var file$1 = "/work/main/site/static-pages/privacy/es.md";
function rawContent$1() {
	return "Este aviso explica qué datos personales recopila Connect & Learn, con qué fin y qué puede hacer usted al respecto. El principio que nos guía es la minimización de datos: recopilamos únicamente lo necesario para el funcionamiento de los cursos y las comunidades, y nada más.\n\n## Navegar sin cuenta\n\nPuede consultar las páginas públicas, como el catálogo de cursos, la biblioteca de recursos, los eventos y el directorio de expertos, sin necesidad de una cuenta. Estas páginas no instalan cookies ni contienen rastreadores ni herramientas de analítica. No realizan solicitudes a terceros: no hay fuentes tipográficas ni scripts externos, de modo que ninguna otra empresa sabe que usted las ha visitado. Si sigue un enlace a otro sitio web, se aplican las normas de privacidad de ese sitio.\n\n## Su cuenta\n\nPara crear una cuenta, le pedimos su nombre, su dirección de correo electrónico, su organización, su sector, su país y su idioma preferido. Utilizamos esta información para gestionar su cuenta, inscribirle en cursos, examinar sus solicitudes de acceso a cursos cerrados y de adhesión a comunidades, y registrar su progreso.\n\nTambién puede declarar su género. Este dato es opcional. Nunca se muestra a otras personas usuarias y solo se utiliza en estadísticas agregadas.\n\n## La cookie de sesión\n\nAl iniciar sesión se instala una sola cookie: una cookie de sesión propia que mantiene su sesión abierta. Está marcada como HttpOnly, de modo que los scripts de la página no pueden leerla, y no se utiliza para nada más.\n\n## Quién puede ver qué\n\nLos mensajes publicados en el foro de una comunidad de práctica solo son visibles para los miembros aprobados de esa comunidad. Los perfiles de expertos solo aparecen en el directorio público con el consentimiento de la persona experta, y sus datos de contacto solo se muestran a quienes han iniciado sesión.\n\n## Sus opciones y derechos\n\nPuede descargar una copia de sus datos desde su cuenta en cualquier momento. También puede eliminar su cuenta. En ese caso, sus mensajes en los foros se anonimizan en lugar de eliminarse: dejan de estar vinculados a su nombre, y los debates de los que forman parte siguen siendo legibles para los demás miembros.\n\n## Contacto\n\nPara cualquier pregunta sobre sus datos personales, o para ejercer sus derechos, escriba a privacy@example.org.\n";
}
async function compiledContent$1() {
	return await html$1();
}
function getHeadings$1() {
	return [
		{
			"depth": 2,
			"slug": "navegar-sin-cuenta",
			"text": "Navegar sin cuenta"
		},
		{
			"depth": 2,
			"slug": "su-cuenta",
			"text": "Su cuenta"
		},
		{
			"depth": 2,
			"slug": "la-cookie-de-sesión",
			"text": "La cookie de sesión"
		},
		{
			"depth": 2,
			"slug": "quién-puede-ver-qué",
			"text": "Quién puede ver qué"
		},
		{
			"depth": 2,
			"slug": "sus-opciones-y-derechos",
			"text": "Sus opciones y derechos"
		},
		{
			"depth": 2,
			"slug": "contacto",
			"text": "Contacto"
		}
	];
}
var Content$1 = createComponent((result, _props, slots) => {
	const { layout, ...content } = frontmatter$1;
	content.file = file$1;
	content.url = void 0;
	return renderTemplate`${maybeRenderHead()}${unescapeHTML(html$1())}`;
});
// site/static-pages/privacy/fr.md
var fr_exports = /* @__PURE__ */ __exportAll({
	Content: () => Content,
	compiledContent: () => compiledContent,
	default: () => Content,
	file: () => file,
	frontmatter: () => frontmatter,
	getHeadings: () => getHeadings,
	rawContent: () => rawContent,
	url: () => void 0
});
var html = () => "<p>Cette déclaration explique quelles données personnelles Connect &amp; Learn recueille, pourquoi, et ce que vous pouvez faire à leur sujet. Le principe qui nous guide est la minimisation des données\xA0: nous recueillons uniquement ce qui est nécessaire au fonctionnement des cours et des communautés, et rien de plus.</p>\n<h2 id=\"consulter-le-site-sans-compte\">Consulter le site sans compte</h2>\n<p>Vous pouvez consulter les pages publiques, comme le catalogue des cours, la bibliothèque de ressources, les événements et le répertoire d’experts, sans créer de compte. Ces pages ne déposent aucun cookie et ne contiennent ni traceur ni outil de mesure d’audience. Elles n’envoient aucune requête à des tiers\xA0: il n’y a ni police de caractères ni script externes, si bien qu’aucune autre entreprise n’apprend que vous les avez consultées. Si vous suivez un lien vers un autre site web, les règles de confidentialité de ce site s’appliquent.</p>\n<h2 id=\"votre-compte\">Votre compte</h2>\n<p>Pour créer un compte, nous vous demandons votre nom, votre adresse électronique, votre organisation, votre secteur, votre pays et votre langue préférée. Nous utilisons ces informations pour gérer votre compte, vous inscrire à des cours, examiner vos demandes d’accès aux cours fermés et d’adhésion aux communautés, et enregistrer votre progression.</p>\n<p>Vous pouvez également indiquer votre genre. Cette information est facultative. Elle n’est jamais montrée aux autres utilisateurs et sert uniquement à établir des statistiques globales.</p>\n<h2 id=\"le-cookie-de-session\">Le cookie de session</h2>\n<p>La connexion dépose un seul cookie\xA0: un cookie de session interne (first-party) qui vous permet de rester connecté. Il porte l’attribut HttpOnly, si bien que les scripts de la page ne peuvent pas le lire, et il ne sert à rien d’autre.</p>\n<h2 id=\"qui-voit-quoi\">Qui voit quoi</h2>\n<p>Les messages publiés dans le forum d’une communauté de pratique ne sont visibles que par les membres approuvés de cette communauté. Les profils d’experts ne figurent dans le répertoire public qu’avec le consentement de l’expert concerné, et leurs coordonnées ne sont affichées qu’aux utilisateurs connectés.</p>\n<h2 id=\"vos-choix-et-vos-droits\">Vos choix et vos droits</h2>\n<p>Vous pouvez à tout moment télécharger une copie de vos données depuis votre compte. Vous pouvez aussi supprimer votre compte. Dans ce cas, vos messages de forum sont anonymisés plutôt que supprimés\xA0: ils ne sont plus associés à votre nom, et les discussions auxquelles ils appartiennent restent lisibles pour les autres membres.</p>\n<h2 id=\"contact\">Contact</h2>\n<p>Pour toute question concernant vos données personnelles, ou pour exercer vos droits, écrivez à <a href=\"mailto:privacy@example.org\">privacy@example.org</a>.</p>\n";
var frontmatter = {};
var file = "/work/main/site/static-pages/privacy/fr.md";
function rawContent() {
	return "Cette déclaration explique quelles données personnelles Connect & Learn recueille, pourquoi, et ce que vous pouvez faire à leur sujet. Le principe qui nous guide est la minimisation des données\xA0: nous recueillons uniquement ce qui est nécessaire au fonctionnement des cours et des communautés, et rien de plus.\n\n## Consulter le site sans compte\n\nVous pouvez consulter les pages publiques, comme le catalogue des cours, la bibliothèque de ressources, les événements et le répertoire d’experts, sans créer de compte. Ces pages ne déposent aucun cookie et ne contiennent ni traceur ni outil de mesure d’audience. Elles n’envoient aucune requête à des tiers\xA0: il n’y a ni police de caractères ni script externes, si bien qu’aucune autre entreprise n’apprend que vous les avez consultées. Si vous suivez un lien vers un autre site web, les règles de confidentialité de ce site s’appliquent.\n\n## Votre compte\n\nPour créer un compte, nous vous demandons votre nom, votre adresse électronique, votre organisation, votre secteur, votre pays et votre langue préférée. Nous utilisons ces informations pour gérer votre compte, vous inscrire à des cours, examiner vos demandes d’accès aux cours fermés et d’adhésion aux communautés, et enregistrer votre progression.\n\nVous pouvez également indiquer votre genre. Cette information est facultative. Elle n’est jamais montrée aux autres utilisateurs et sert uniquement à établir des statistiques globales.\n\n## Le cookie de session\n\nLa connexion dépose un seul cookie\xA0: un cookie de session interne (first-party) qui vous permet de rester connecté. Il porte l’attribut HttpOnly, si bien que les scripts de la page ne peuvent pas le lire, et il ne sert à rien d’autre.\n\n## Qui voit quoi\n\nLes messages publiés dans le forum d’une communauté de pratique ne sont visibles que par les membres approuvés de cette communauté. Les profils d’experts ne figurent dans le répertoire public qu’avec le consentement de l’expert concerné, et leurs coordonnées ne sont affichées qu’aux utilisateurs connectés.\n\n## Vos choix et vos droits\n\nVous pouvez à tout moment télécharger une copie de vos données depuis votre compte. Vous pouvez aussi supprimer votre compte. Dans ce cas, vos messages de forum sont anonymisés plutôt que supprimés\xA0: ils ne sont plus associés à votre nom, et les discussions auxquelles ils appartiennent restent lisibles pour les autres membres.\n\n## Contact\n\nPour toute question concernant vos données personnelles, ou pour exercer vos droits, écrivez à privacy@example.org.\n";
}
async function compiledContent() {
	return await html();
}
function getHeadings() {
	return [
		{
			"depth": 2,
			"slug": "consulter-le-site-sans-compte",
			"text": "Consulter le site sans compte"
		},
		{
			"depth": 2,
			"slug": "votre-compte",
			"text": "Votre compte"
		},
		{
			"depth": 2,
			"slug": "le-cookie-de-session",
			"text": "Le cookie de session"
		},
		{
			"depth": 2,
			"slug": "qui-voit-quoi",
			"text": "Qui voit quoi"
		},
		{
			"depth": 2,
			"slug": "vos-choix-et-vos-droits",
			"text": "Vos choix et vos droits"
		},
		{
			"depth": 2,
			"slug": "contact",
			"text": "Contact"
		}
	];
}
var Content = createComponent((result, _props, slots) => {
	const { layout, ...content } = frontmatter;
	content.file = file;
	content.url = void 0;
	return renderTemplate`${maybeRenderHead()}${unescapeHTML(html())}`;
});
// site/pages/[lang]/[page].astro
var _page__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Page,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:3000");
var getStaticPaths = () => locales.flatMap(({ code }) => [
	"about",
	"privacy",
	"accessibility"
].map((page) => ({
	params: {
		lang: code,
		page
	},
	props: {
		lang: code,
		page
	}
})));
var $$Page = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Page;
	const sources = /* #__PURE__ */ Object.assign({
		"../../static-pages/about/en.md": en_exports$2,
		"../../static-pages/about/es.md": es_exports$2,
		"../../static-pages/about/fr.md": fr_exports$2,
		"../../static-pages/accessibility/en.md": en_exports$1,
		"../../static-pages/accessibility/es.md": es_exports$1,
		"../../static-pages/accessibility/fr.md": fr_exports$1,
		"../../static-pages/privacy/en.md": en_exports,
		"../../static-pages/privacy/es.md": es_exports,
		"../../static-pages/privacy/fr.md": fr_exports
	});
	const { lang, page } = Astro.props;
	const t = translator(lang);
	const source = sources[`../../static-pages/${page}/${lang}.md`];
	if (!source) throw new Error(`site/static-pages/${page}/${lang}.md is missing`);
	const Content = source.Content;
	return renderTemplate`${renderComponent($$result, "Page", $$Page$1, {
		"lang": lang,
		"title": t(`page.${page}.title`)
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${t(`page.${page}.title`)}</h1><div class="prose">${renderComponent($$result, "Content", Content, {})}</div>` })}`;
}, "/work/main/site/pages/[lang]/[page].astro", void 0);
var $$file = "/work/main/site/pages/[lang]/[page].astro";
var $$url = "/[lang]/[page]/";
// \0virtual:astro:page:site/pages/[lang]/[page]@_@astro
var page = () => _page__exports;
export { page };
