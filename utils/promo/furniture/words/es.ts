import type { FurnitureWords } from '../types';

/** Spanish and Portuguese furniture words: El País, Infobae, La Tercera, Clarín, Folha, Correio Braziliense. */
export const ES_FURNITURE: FurnitureWords = {
  leads: {
    caption: ['Foto:', 'Fotos:', 'Fotografía:', 'Imagen:', 'Crédito:', 'Créditos:', 'Fuente: Getty', '(Foto:', '(Crédito:', 'Foto de', 'Ampliar'],
    byline: ['Fuente:', 'Fonte:', 'Por ', 'Escrito por', 'Redacción:', 'Autor:', 'Autora:', 'Texto:', 'Reportagem:', 'Ver todos los artículos de'],
    dateline: ['Actualizado', 'Actualización:', 'Publicado', 'Última actualización', 'Fecha:', 'Atualizado', 'Publicado em', 'Modificado'],
    'reading-time': ['Tiempo de lectura', 'Lectura:', 'Tempo de leitura'],
    copyright: ['Copyright', 'Todos los derechos reservados', 'Todos os direitos reservados', 'Prohibida su reproducción'],
    comments: ['Comentarios', 'Deja un comentario', 'Dejar un comentario', 'Escribe un comentario', 'Comentários', 'Deixe um comentário', 'Los comentarios están cerrados', 'Normas de participación'],
    consent: ['Contenido externo', 'Este sitio utiliza cookies', 'Este sitio web utiliza cookies', 'Utilizamos cookies', 'Aceptar cookies', 'Este site utiliza cookies', 'Usamos cookies'],
    'script-note': ['Cargando', 'Cargar más', 'Por favor, activa JavaScript', 'Por favor activa JavaScript', 'Habilita JavaScript'],
    toc: ['Índice de contenidos', 'Tabla de contenidos', 'Contenido:', 'Índice:'],
    share: ['Compartir', 'Comparte', 'Compartilhe', 'Compartilhar', 'Imprimir', 'Valora esta noticia', 'Valora este artículo', 'Califica esta nota', '¿Te ha resultado útil', '¿Te gustó esta nota', 'Puede escribirnos', 'Escríbenos'],
    tags: ['Etiquetas:', 'Temas:', 'Tags:', 'Categoría:', 'Categorías:', 'Tópicos:', 'Archivado en', 'Publicado en'],
    disclaimer: ['Las opiniones expresadas', 'Este artículo fue publicado originalmente', 'Este artículo se publicó originalmente', 'Aviso legal', 'Este artigo foi publicado originalmente'],
    'author-bio': ['Sobre el autor', 'Sobre la autora', 'Sobre o autor', 'Acerca del autor'],
    breadcrumb: ['Volver a', 'Volver al', 'Estás en:', 'Usted está en:', 'Inicio >', 'Inicio /', 'Inicio »', 'Portada >'],
  },
  labels: {
    comments: ['comentarios', 'comentarios', 'comentar'],
    share: ['compartir', 'comparte', 'compartilhar', 'imprimir', 'guardar'],
    toc: ['indice', 'contenido', 'indice de contenidos', 'tabla de contenidos'],
    breadcrumb: ['volver', 'inicio', 'anterior', 'siguiente'],
    tags: ['etiquetas', 'temas', 'tags', 'topicos'],
    'author-bio': ['sobre el autor', 'sobre la autora', 'sobre o autor', 'autor', 'autora'],
    caption: ['ampliar', 'cerrar'],
  },
  months: [
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
    'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
    'ene', 'abr', 'ago', 'dic', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  ],
};
