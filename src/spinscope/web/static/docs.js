// Starts Swagger UI on /docs (a file, not an inline script: the Content-Security-Policy allows only 'self').
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
